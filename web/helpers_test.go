package web

import (
	"encoding/json"
	"io"
	"os"
)

var temps []string

func mkTemp() (string, error) {
	d, err := os.MkdirTemp("", "dyad-web-")
	if err == nil {
		temps = append(temps, d)
	}
	return d, err
}

func rmTemps() {
	for _, d := range temps {
		os.RemoveAll(d)
	}
}

func exit(code int) { os.Exit(code) }

func jsonDecode(r io.Reader, v any) error { return json.NewDecoder(r).Decode(v) }
