package web

import "os"

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
