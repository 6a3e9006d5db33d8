package event

import (
	"fmt"

	"github.com/dyadproject/dyad/cameo"
)

// SetCameo sets the CAMEO code and the fields that follow from it (PLOVER
// type and mode, QuadClass, Goldstein value).
func (e *Event) SetCameo(code string) error {
	in, ok := cameo.Lookup(code)
	if !ok {
		return fmt.Errorf("unknown CAMEO code %q", code)
	}
	e.Cameo = in.Code
	e.Plover = in.Plover
	e.Mode = in.Mode
	e.Quad = in.Quad
	e.Goldstein = in.Goldstein
	return nil
}
