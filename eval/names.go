package eval

import "github.com/dyadproject/dyad/cameo"

func rootName(r string) string {
	in, ok := cameo.Lookup(r)
	if !ok {
		return "?"
	}
	if len(in.Name) > 28 {
		return in.Name[:28]
	}
	return in.Name
}
