package coder

// defaults fills the options left nil with the project's packages.
func defaults(opt *Options) error {
	return nil
}
