package actor_test

import (
	"fmt"
	"sync/atomic"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/actor"
)

func dateOf(t time.Time) date.Date { return date.NewAt(t) }

func newCatalogueRegistry() (*actor.Registry, error) { return actor.NewRegistry(catalogue()...) }

var codeSeq atomic.Int64

// uniqueCode returns a kind code not used before in this process, so that
// tests registering kinds in the global set also pass with -count=N.
func uniqueCode(prefix string) string {
	return fmt.Sprintf("%s-%d", prefix, codeSeq.Add(1)+time.Now().UnixNano()%1000000*1000)
}
