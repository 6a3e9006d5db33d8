// Package examples embeds the example corpus (short articles written for
// dyad about the Korean peninsula, China, Russia and Japan, 2018-2024), so
// that `dyad serve --demo` can load it from the binary alone.
package examples

import "embed"

// FS holds the articles, one plain-text file each.
//
//go:embed *.txt
var FS embed.FS
