package source_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/source"
)

func FuzzParseID(f *testing.F) {
	for _, s := range []string{"sohr", "al-jazeera", "org.example/local-monitor", "SOHR", "", "a--b", "1tass", "tass-", "x:y_z.w/v"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := source.ParseID(s)
		var viaText source.ID
		textErr := viaText.UnmarshalText([]byte(s))
		if err != nil {
			require.ErrorIs(t, err, source.ErrBadID)
			require.Equal(t, source.ID(""), id)
			if s != "" {
				require.ErrorIs(t, textErr, source.ErrBadID)
			}
			return
		}
		require.NoError(t, textErr)
		require.Equal(t, id, viaText)
		require.Equal(t, s, id.String())
		b, err := id.MarshalText()
		require.NoError(t, err)
		require.Equal(t, s, string(b))
		again, err := source.ParseID(id.String())
		require.NoError(t, err)
		require.Equal(t, id, again)
		require.NoError(t, source.Ref{ID: id, Name: "x"}.Validate())
	})
}

func FuzzParseKind(f *testing.F) {
	for _, s := range []string{"monitor", "state-media", "Monitor", "podcast", "", "org.example/podcast", "news agency"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := source.ParseKind(s)
		var viaText source.Kind
		textErr := viaText.UnmarshalText([]byte(s))
		if textErr == nil {
			// Any well-formed code decodes and encodes back unchanged.
			b, err := viaText.MarshalText()
			require.NoError(t, err)
			require.Equal(t, s, string(b))
		} else {
			require.ErrorIs(t, textErr, source.ErrUnknownKind)
		}
		if err != nil {
			require.ErrorIs(t, err, source.ErrUnknownKind)
			require.Equal(t, source.Kind(""), k)
			return
		}
		require.True(t, k.Known())
		require.NotEmpty(t, k.Label())
		require.NoError(t, textErr)
		again, err := source.ParseKind(k.String())
		require.NoError(t, err)
		require.Equal(t, k, again)
	})
}

func FuzzParseReliability(f *testing.F) {
	for _, s := range []string{"A", "F", "G", "a", "", "AB", "Á"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := source.ParseReliability(s)
		if err != nil {
			require.ErrorIs(t, err, source.ErrBadGrade)
			require.True(t, r.IsZero())
			return
		}
		require.Len(t, s, 1)
		require.NotEmpty(t, r.Label())
		again, err := source.ParseReliability(r.String())
		require.NoError(t, err)
		require.Equal(t, r, again)
		b, err := r.MarshalText()
		require.NoError(t, err)
		var back source.Reliability
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, r, back)
	})
}

func FuzzParseCredibility(f *testing.F) {
	for _, s := range []string{"1", "6", "0", "7", "", "12", "١"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := source.ParseCredibility(s)
		if err != nil {
			require.ErrorIs(t, err, source.ErrBadGrade)
			require.True(t, c.IsZero())
			return
		}
		require.Len(t, s, 1)
		require.NotEmpty(t, c.Label())
		again, err := source.ParseCredibility(c.String())
		require.NoError(t, err)
		require.Equal(t, c, again)
		b, err := c.MarshalText()
		require.NoError(t, err)
		var back source.Credibility
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, c, back)
		if stix, ok := c.STIXConfidence(); ok {
			from, err := source.CredibilityFromSTIX(stix)
			require.NoError(t, err)
			require.Equal(t, c, from)
		} else {
			require.Equal(t, source.TruthCannotBeJudged, c)
		}
	})
}

func FuzzCredibilityFromSTIX(f *testing.F) {
	for _, n := range []int{0, 19, 20, 50, 79, 80, 100, -1, 101} {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, n int) {
		c, err := source.CredibilityFromSTIX(n)
		if err != nil {
			require.ErrorIs(t, err, source.ErrBadGrade)
			require.True(t, n < 0 || n > 100)
			return
		}
		require.True(t, n >= 0 && n <= 100)
		stix, ok := c.STIXConfidence()
		require.True(t, ok, "every STIX value maps to a grade with a STIX value")
		back, err := source.CredibilityFromSTIX(stix)
		require.NoError(t, err)
		require.Equal(t, c, back)
		require.Less(t, abs(stix-n), 20, "the representative value lies in the same band")
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func FuzzParseGrade(f *testing.F) {
	for _, s := range []string{"B2", "A1", "F6", "B", "2", "b2", "B 2", "G7", "", "B22"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, err := source.ParseGrade(s)
		var viaText source.Grade
		textErr := viaText.UnmarshalText([]byte(s))
		if err != nil {
			require.ErrorIs(t, err, source.ErrBadGrade)
			require.True(t, g.IsZero())
			if s != "" {
				require.ErrorIs(t, textErr, source.ErrBadGrade)
			}
			return
		}
		require.NoError(t, textErr)
		require.Equal(t, g, viaText)
		require.True(t, g.Valid())
		require.Equal(t, s, g.String())
		again, err := source.ParseGrade(g.String())
		require.NoError(t, err)
		require.Equal(t, g, again)
		b, err := json.Marshal(g)
		require.NoError(t, err)
		var back source.Grade
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, g, back)
	})
}

func FuzzParseAssessment(f *testing.F) {
	for _, s := range []string{"confirmed", "fair", "weak", "contested", "discounted", "Fair", "", "likely"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := source.ParseAssessment(s)
		if err != nil {
			require.ErrorIs(t, err, source.ErrBadAssessment)
			require.True(t, a.IsZero())
			return
		}
		require.Equal(t, s, a.String())
		require.NotEmpty(t, a.Label())
		b, err := a.MarshalText()
		require.NoError(t, err)
		var back source.Assessment
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, a, back)
	})
}

func FuzzCitationJSON(f *testing.F) {
	for _, s := range []string{
		`{"id":"aj-hatay","source":{"id":"al-jazeera","name":"Al Jazeera"},"published":"2019-09-01","accessed":"2024-05-01T12:00:00Z","title":"t","url":"https://example.org/a","archive_url":"https://archive.example.org/a","author":"Bernard Smith","author_actor":"bernard-smith","reported_from":"hatay","reported_from_name":"Hatay","quote":"a training centre connected with al-Qaeda","language":"en","grade":"B2","content_hash":"` + abcHash + `"}`,
		`{"id":"ru-mod-via-tass","source":{"id":"ru-mod","name":"Russian Ministry of Defence"},"via":[{"id":"tass","name":"TASS"},{"id":"al-jazeera","name":"Al Jazeera"}]}`,
		`{"id":"x","source":{"id":"x","name":"X"},"published":"2024-02-30"}`,
		`{"id":"x","source":{"id":"x","name":"X"},"published":null,"accessed":"2024-05-01T15:00:00+03:00"}`,
		`{"id":"x","source":{"id":"x","name":"X"},"language":"ar-SY","quote":"الجيش العربي السوري"}`,
		`{"id":"x","source":{"id":"x","name":"X"},"accessed":"2024-05-01T12:00:00+00:00"}`,
		`{}`, `null`, `[]`, `{"id":`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var c source.Citation
		if err := json.Unmarshal(data, &c); err != nil {
			return
		}
		_ = c.Validate() // must not panic
		_ = c.Chain()
		_ = c.Publisher()
		b, err := json.Marshal(c)
		require.NoError(t, err, "a decoded citation must encode")
		var back source.Citation
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		assert.Equal(t, c, back)
		b2, err := json.Marshal(back)
		require.NoError(t, err)
		assert.Equal(t, string(b), string(b2))
	})
}

func FuzzSourceJSON(f *testing.F) {
	for _, s := range []string{
		`{"id":"sohr","name":"Syrian Observatory for Human Rights","short":"SOHR","names":[{"text":"المرصد السوري لحقوق الإنسان","lang":"ar"}],"kind":"monitor","language":"ar","country":"GB","url":"https://www.syriahr.com"}`,
		`{"id":"tass","name":"TASS","names":[{"text":"ИТАР-ТАСС","lang":"ru"}],"kind":"state-media","country":"RU","reliability":"F","actor":"x"}`,
		`{"id":"x","name":"X","kind":"org.example/podcast","country":"UK"}`,
		`{"id":"SOHR"}`, `{"reliability":"G"}`, `{}`, `null`, `{"language":"und"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var s source.Source
		if err := json.Unmarshal(data, &s); err != nil {
			return
		}
		if err := s.Validate(); err != nil {
			var fe *source.FieldError
			require.True(t, errors.As(err, &fe), "Validate errors are FieldErrors: %v", err)
		}
		b, err := json.Marshal(s)
		require.NoError(t, err, "a decoded source must encode")
		var back source.Source
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		assert.Equal(t, s, back)
		b2, err := json.Marshal(back)
		require.NoError(t, err)
		assert.Equal(t, string(b), string(b2))
	})
}

func FuzzParseCountry(f *testing.F) {
	for _, s := range []string{"GB", "gb", "GBR", "826", "UK", "SY", "XK", "SU", "145", "ZZ", "QQQ", "UN", "", "Britain"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := source.ParseCountry(s)
		if err != nil {
			if !errors.Is(err, source.ErrBadCountry) || c != "" {
				t.Fatalf("ParseCountry(%q) = %q, %v", s, c, err)
			}
			return
		}
		// The result is canonical: it parses to itself and a Source takes it.
		if again, err := source.ParseCountry(c); err != nil || again != c {
			t.Fatalf("ParseCountry(%q) = %q, %v; not idempotent", c, again, err)
		}
		if err := (source.Source{ID: "x", Name: "x", Country: c}).Validate(); err != nil {
			t.Fatalf("Validate refuses canonical country %q: %v", c, err)
		}
	})
}
