module github.com/conflictkit/conflict

go 1.26.0

require (
	github.com/google/uuid v1.6.0
	github.com/rickb777/date/v2 v2.3.5
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.43.0
)

require (
	github.com/govalues/decimal v0.1.36 // indirect
	github.com/rickb777/period v1.0.32 // indirect
	github.com/rickb777/plural/v2 v2.1.1 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)

replace github.com/rickb777/plural v1.4.8 => github.com/rickb777/plural v1.4.10
