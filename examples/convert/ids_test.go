package main

import (
	"encoding/binary"
	"runtime"
	"testing"

	"github.com/google/uuid"
)

// BenchmarkIDSet measures what the set of event IDs that catches duplicates
// costs for a million events: the heap it holds once filled (bytes/ID),
// with the position the command keeps (idPos: line and record number, to
// name the first record) and, for comparison, with the record number only
// and with nothing (struct{}). The IDs are v5 UUIDs derived as the
// readers derive them from foreign keys, from the numbers 1 to 1,000,000:
// only their spread matters here.
//
//	go test -run '^$' -bench IDSet -benchtime 1x ./examples/convert/
func BenchmarkIDSet(b *testing.B) {
	const n = 1_000_000
	ids := make([]uuid.UUID, n)
	var buf [8]byte
	for i := range ids {
		binary.BigEndian.PutUint64(buf[:], uint64(i+1))
		ids[i] = uuid.NewSHA1(uuid.NameSpaceOID, buf[:])
	}
	b.Run("with positions", func(b *testing.B) {
		for b.Loop() {
			before := heap()
			m := map[uuid.UUID]idPos{}
			for i, id := range ids {
				m[id] = idPos{uint32(i + 1), uint32(i + 2)}
			}
			b.ReportMetric(float64(heap()-before)/n, "bytes/ID")
			runtime.KeepAlive(m)
		}
	})
	b.Run("record number", func(b *testing.B) {
		for b.Loop() {
			before := heap()
			m := map[uuid.UUID]uint32{}
			for i, id := range ids {
				m[id] = uint32(i + 1)
			}
			b.ReportMetric(float64(heap()-before)/n, "bytes/ID")
			runtime.KeepAlive(m)
		}
	})
	b.Run("set only", func(b *testing.B) {
		for b.Loop() {
			before := heap()
			m := map[uuid.UUID]struct{}{}
			for _, id := range ids {
				m[id] = struct{}{}
			}
			b.ReportMetric(float64(heap()-before)/n, "bytes/ID")
			runtime.KeepAlive(m)
		}
	})
}

// heap returns the bytes of live heap after a collection.
func heap() int64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapAlloc)
}
