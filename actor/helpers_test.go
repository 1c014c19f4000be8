package actor_test

import (
	"time"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/actor"
)

func dateOf(t time.Time) date.Date { return date.NewAt(t) }

func newCatalogueRegistry() (*actor.Registry, error) { return actor.NewRegistry(catalogue()...) }
