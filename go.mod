module github.com/dyadproject/dyad

go 1.26
