package event

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// Severity says whether a Problem makes data wrong (Error) or only
// suspicious (Warning). Real datasets break some rules in thousands of rows
// (UCDP's low > best, say): those are warnings, and nothing is dropped.
type Severity uint8

// Severities.
const (
	Error   Severity = iota + 1 // the data is wrong and must be fixed
	Warning                     // the data is odd; it may be right
)

// String returns "error" or "warning".
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "severity(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText returns the String form.
func (s Severity) MarshalText() ([]byte, error) {
	if s != Error && s != Warning {
		return nil, fmt.Errorf("event: invalid severity %d", s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses "error" or "warning".
func (s *Severity) UnmarshalText(b []byte) error {
	switch string(b) {
	case "error":
		*s = Error
	case "warning":
		*s = Warning
	default:
		return fmt.Errorf("event: invalid severity %q", b)
	}
	return nil
}

// Problem is one finding of validation: where (a JSON path such as
// "casualties[1].count"), what (Code, a sentinel error of this package or
// of a model package, usable with errors.Is), how bad, and a message that
// names the offending value.
type Problem struct {
	Path     string
	Code     error
	Severity Severity
	Message  string
}

// Error formats the problem as "path: severity: message".
func (p Problem) Error() string {
	path := p.Path
	if path == "" {
		path = "(root)"
	}
	return path + ": " + p.Severity.String() + ": " + p.Message
}

// Unwrap returns Code, so that errors.Is(problem, ErrDateOrder) works.
func (p Problem) Unwrap() error { return p.Code }

// MarshalJSON writes {"path", "code", "severity", "message"}, with the
// code's text as "code".
func (p Problem) MarshalJSON() ([]byte, error) {
	code := ""
	if p.Code != nil {
		code = p.Code.Error()
	}
	return json.Marshal(struct {
		Path     string   `json:"path"`
		Code     string   `json:"code"`
		Severity Severity `json:"severity"`
		Message  string   `json:"message"`
	}{p.Path, code, p.Severity, p.Message})
}

// Problems is the result of validation: every problem found, in the order
// of the data.
type Problems []Problem

// Errors returns the problems of severity Error.
func (ps Problems) Errors() Problems { return ps.filter(Error) }

// Warnings returns the problems of severity Warning.
func (ps Problems) Warnings() Problems { return ps.filter(Warning) }

func (ps Problems) filter(s Severity) Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}

// Err returns nil if there are no problems of severity Error, and
// otherwise all of them joined (errors.Is works on the result).
func (ps Problems) Err() error {
	var errs []error
	for _, p := range ps.Errors() {
		errs = append(errs, p)
	}
	return errors.Join(errs...)
}

// Has reports whether some problem has the code (errors.Is) at the path.
func (ps Problems) Has(path string, code error) bool {
	for _, p := range ps {
		if p.Path == path && errors.Is(p.Code, code) {
			return true
		}
	}
	return false
}

// Report collects problems for a Rule. Paths given to it are relative to
// the event being checked.
type Report struct {
	prefix string
	out    *Problems
}

// Error records a problem of severity Error.
func (r *Report) Error(path string, code error, format string, args ...any) {
	r.add(path, code, Error, format, args...)
}

// Warn records a problem of severity Warning.
func (r *Report) Warn(path string, code error, format string, args ...any) {
	r.add(path, code, Warning, format, args...)
}

func (r *Report) add(path string, code error, s Severity, format string, args ...any) {
	*r.out = append(*r.out, Problem{Path: joinPath(r.prefix, path), Code: code, Severity: s, Message: fmt.Sprintf(format, args...)})
}

func joinPath(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	case strings.HasPrefix(path, "["):
		return prefix + path
	}
	return prefix + "." + path
}

func index(field string, i int) string { return field + "[" + strconv.Itoa(i) + "]" }

// Rule is an extra validation rule, run after the built-in ones.
type Rule func(e *Event, r *Report)

// Validator checks events and datasets. The zero value checks with the
// built-in rules against today's date (UTC).
//
// Dates must lie in the SDK's range, 1000-01-01 to 9999-12-31, which every
// date parser of the SDK keeps to: an earlier year is an error wrapping
// ErrBadDate whose message names it ("year 0025 is before 1000"), so that a
// truncated year shows. Violence against civilians that names no civilian
// or protester as its target is a warning (ErrNoTarget), not an error: rows
// as ACLED published them do that (see ErrNoTarget).
type Validator struct {
	// Today is the date after which event dates count as in the future;
	// zero means date.TodayUTC() at the time of the check.
	Today date.Date
	// Rules are run on every event after the built-in rules.
	Rules []Rule
	// Places, if set, is a gazetteer to check locations against (see
	// CheckPlaces): admin paths whose IDs or P-codes contradict its parent
	// links are errors (ErrAdminPath), points far from the place they name
	// are warnings (ErrFarAway).
	Places *place.Gazetteer
}

// Validate checks e with the zero Validator.
func (e *Event) Validate() Problems { return Validator{}.Event(e) }

// Event returns every problem found in e.
func (v Validator) Event(e *Event) Problems {
	var ps Problems
	v.event(e, &Report{out: &ps}, nil)
	return ps
}

func (v Validator) today() date.Date {
	if v.Today != 0 {
		return v.Today
	}
	return date.TodayUTC()
}

// event checks e. kindOf, when not nil, gives the kind of an actor record
// for references that do not carry one (Dataset validation passes it).
func (v Validator) event(e *Event, r *Report, kindOf func(actor.ID) actor.Kind) {
	if e.ID.String() == "00000000-0000-0000-0000-000000000000" {
		r.Error("id", ErrMissing, "event has no ID")
	}
	for i, k := range e.Keys {
		if err := k.Validate(); err != nil {
			r.Error(index("keys", i), ErrBadID, "%v", err)
		}
	}
	v.checkType(e, r, kindOf)
	checkText("title", e.Title, r)
	checkText("notes", e.Notes, r)
	v.checkWhen(e.When, r)
	checkWhere(e.Where, r)
	if v.Places != nil {
		CheckPlaces(v.Places, e.Where, r)
	}

	cites := map[string]bool{}
	for i, c := range e.Citations {
		p := index("citations", i)
		recordProblems(r, p, c.Validate())
		if c.ID != "" && cites[c.ID] {
			r.Error(p+".id", ErrDuplicate, "citation ID %q is used twice", c.ID)
		}
		cites[c.ID] = true
		if c.Published != nil && *c.Published > v.today() {
			r.Error(p+".published", ErrFutureDate, "citation %q is published in the future (%s)", c.ID, c.Published)
		}
	}
	if len(e.Citations) == 0 {
		r.Warn("citations", ErrNoCitation, "event has no citation: nobody says it happened")
	}
	cite := func(path, id string) {
		if id != "" && !cites[id] {
			r.Error(path, ErrUnknownCitation, "citation %q is not among the event's citations", id)
		}
	}

	for i, p := range e.Participants {
		path := index("participants", i)
		if p.Actor.ID == "" && p.Actor.Name == "" {
			r.Error(path+".actor", ErrMissing, "participant names no actor")
		}
		checkActorRef(path+".actor", p.Actor, r)
		checkText(path+".note", p.Note, r)
		switch {
		case p.Role == "":
			r.Error(path+".role", ErrMissing, "participant %q has no role", p.Actor.Name)
		case !p.Role.Known():
			r.Error(path+".role", ErrUnknownRole, "role %q is not registered", p.Role)
		}
		for j, c := range p.Citations {
			cite(index(path+".citations", j), c)
		}
	}

	for i, c := range e.Casualties {
		path := index("casualties", i)
		switch {
		case c.Outcome == "":
			r.Error(path+".outcome", ErrMissing, "casualty figure has no outcome")
		case !c.Outcome.Known():
			r.Error(path+".outcome", casualty.ErrUnknownOutcome, "outcome %q is not registered", c.Outcome)
		}
		if c.Group != "" && !c.Group.Known() {
			r.Error(path+".group", casualty.ErrUnknownGroup, "group %q is not registered", c.Group)
		}
		if err := c.Count.Validate(); err != nil {
			// An invalid count cannot be written as JSON: report it here
			// rather than at encoding time.
			r.Error(path+".count", countCode(err), "%v", err)
		} else if !c.Count.Ordered() { // an invalid count is reported once, above
			r.Warn(path+".count", ErrCountOrder, "count %s: low, best and high are out of order", c.Count)
		}
		checkActorRef(path+".party", c.Party, r)
		checkText(path+".text", c.Text, r)
		checkText(path+".note", c.Note, r)
		cite(path+".citation", c.Citation)
	}

	for i, c := range e.Claims {
		path := index("claims", i)
		checkText(path+".value", c.Value, r)
		checkText(path+".quote", c.Quote, r)
		checkText(path+".paraphrase", c.Paraphrase, r)
		for j, a := range c.About {
			checkActorRef(index(path+".about", j), a, r)
		}
		if c.Citation == "" {
			r.Error(path+".citation", ErrMissing, "claim names no citation: whose claim is it?")
		} else {
			cite(path+".citation", c.Citation)
		}
		switch {
		case c.Kind == "":
			r.Error(path+".kind", ErrMissing, "claim has no kind")
		case !c.Kind.Known():
			r.Error(path+".kind", ErrUnknownClaim, "claim kind %q is not registered", c.Kind)
		}
		switch {
		case c.Aspect == "":
			r.Error(path+".aspect", ErrMissing, "claim has no aspect")
		case !c.Aspect.Known():
			r.Error(path+".aspect", ErrUnknownAspect, "claim aspect %q is not registered", c.Aspect)
		}
		if c.Kind != DeclinesToSay && c.Quote == "" && c.Paraphrase == "" && c.Value == "" {
			r.Warn(path, ErrMissing, "claim has neither quote, paraphrase nor value")
		}
	}

	for i, rel := range e.Related {
		path := index("related", i)
		switch {
		case rel.Kind == "":
			r.Error(path+".kind", ErrMissing, "relation has no kind")
		case !rel.Kind.Known():
			r.Error(path+".kind", ErrUnknownRelation, "relation kind %q is not registered", rel.Kind)
		}
		switch {
		case rel.Event == uuid.Nil:
			r.Error(path+".event", ErrMissing, "relation names no event")
		case rel.Event == e.ID:
			r.Error(path+".event", ErrBadID, "event relates to itself")
		}
		checkText(path+".note", rel.Note, r)
		cite(path+".citation", rel.Citation)
	}

	for i, t := range e.Tags {
		checkText(index("tags", i), t, r)
		if strings.TrimSpace(t) == "" {
			r.Warn(index("tags", i), ErrMissing, "empty tag")
		}
	}
	for _, k := range slices.Sorted(maps.Keys(e.Ext)) { // sorted: problems come in a stable order
		raw := e.Ext[k]
		if err := CheckExtKey(k); err != nil {
			r.Error(extPath(k), ErrBadExt, "extension key %q is not namespaced like \"org.example/name\"", k)
		}
		if !json.Valid(raw) {
			r.Error(extPath(k), ErrBadExt, "extension %q does not hold valid JSON", k)
		}
	}

	for _, rule := range v.Rules {
		rule(e, r)
	}
}

// countCode picks the casualty sentinel that a Count.Validate error wraps.
func countCode(err error) error {
	for _, code := range []error{casualty.ErrNegative, casualty.ErrOverflow} {
		if errors.Is(err, code) {
			return code
		}
	}
	return casualty.ErrBadCount
}

func (v Validator) checkType(e *Event, r *Report, kindOf func(actor.ID) actor.Kind) {
	if e.Type == "" {
		r.Error("type", ErrMissing, "event has no type")
		return
	}
	info, ok := e.Type.Info()
	if !ok {
		r.Error("type", ErrUnknownType, "event type %q is not registered", e.Type)
		return
	}
	if info.OneSided {
		checkTarget(e, r, kindOf)
	}
}

// checkTarget warns when violence against civilians names no civilian
// target. It is a warning, not an error, because ACLED's own rows break it:
// until 2019 ACLED coded violence against protesters (inter code 6) as
// violence against civilians; its older files put the victims in actor1
// and the police in actor2 on some rows; and files trimmed for HDX have no
// actor2 column at all. The victims are then named elsewhere, or in the
// notes, and nothing is wrong with the data.
func checkTarget(e *Event, r *Report, kindOf func(actor.ID) actor.Kind) {
	if civilianTarget(e, kindOf) {
		return
	}
	for _, p := range e.Participants {
		if k := kindOfRef(p.Actor, kindOf); k == actor.KindCivilians || k == actor.KindProtesters {
			r.Warn("participants", ErrNoTarget, "%s names %s as %s, not as the target", e.Type, k, p.Role)
			return
		}
	}
	r.Warn("participants", ErrNoTarget, "%s is one-sided violence but names no target of kind civilians or protesters, and no casualty figure for civilians", e.Type)
}

// kindOfRef is the kind a reference carries, else the record's (kindOf).
func kindOfRef(a actor.Ref, kindOf func(actor.ID) actor.Kind) actor.Kind {
	if a.Kind == "" && kindOf != nil && a.ID != "" {
		return kindOf(a.ID)
	}
	return a.Kind
}

// civilianGroups are the casualty groups that name civilians.
var civilianGroups = map[casualty.Group]bool{
	casualty.Civilians: true, casualty.Children: true, casualty.Women: true, casualty.Elderly: true,
	casualty.Journalists: true, casualty.AidWorkers: true, casualty.MedicalWorkers: true,
}

// civilianTarget reports whether e names a target of kind civilians or
// protesters (ACLED's codebooks before 2019 coded violence against
// protesters as violence against civilians), or a casualty figure for a
// civilian group.
func civilianTarget(e *Event, kindOf func(actor.ID) actor.Kind) bool {
	for _, p := range e.Participants {
		if p.Role != Target && p.Role != TargetAssociate {
			continue
		}
		if k := kindOfRef(p.Actor, kindOf); k == actor.KindCivilians || k == actor.KindProtesters {
			return true
		}
	}
	for _, c := range e.Casualties {
		if civilianGroups[c.Group] {
			return true
		}
	}
	return false
}

func (v Validator) checkWhen(w When, r *Report) {
	if w.IsZero() {
		r.Warn("when", ErrNoDate, "event has no date")
		return
	}
	if err := w.Validate(); err != nil {
		// When.Validate stops at the first problem; say where it lies.
		switch {
		case errors.Is(err, ErrDateOrder):
			r.Error("when.end", ErrDateOrder, "end %s is before start %s", w.End, w.Start)
		case errors.Is(err, ErrBadPrecision):
			r.Error("when.precision", ErrBadPrecision, "%v", err)
		case errors.Is(err, ErrNoDate):
			r.Error("when", ErrNoDate, "%v", err)
		case w.OpenStart && w.Start != 0:
			r.Error("when.start", ErrBadDate, "%v", err)
		case w.OpenEnd && w.End != 0:
			r.Error("when.end", ErrBadDate, "%v", err)
		default:
			r.Error("when", ErrBadDate, "%v", err)
		}
		return
	}
	today := v.today()
	if !w.OpenStart && w.Start > today {
		r.Error("when.start", ErrFutureDate, "start %s is after today (%s)", w.Start, today)
	}
	if !w.OpenEnd && w.End > today {
		r.Error("when.end", ErrFutureDate, "end %s is after today (%s)", w.End, today)
	}
	if w.Precision == DateUnspecified {
		r.Warn("when.precision", ErrBadPrecision, "date precision is not given")
	}
}

func checkWhere(w Where, r *Report) {
	if w.IsZero() {
		r.Warn("where", ErrMissing, "event has no location")
		return
	}
	if !w.Relation.Valid() {
		r.Error("where.relation", place.ErrBadRelation, "relation %d is not one of in, near, between", uint8(w.Relation))
	}
	if !w.Precision.IsZero() && !w.Precision.Valid() {
		r.Error("where.precision", place.ErrBadPrecision, "precision %d is not a known geo precision", uint8(w.Precision))
	}
	if w.Relation != place.RelationBetween && !w.Other.IsZero() {
		r.Warn("where.other", ErrMismatch, "a second place is given, but the relation is %s, not between", w.Relation)
	}
	checkText("where.text", w.Text, r)
	if w.Point != nil {
		if err := w.Point.Validate(); err != nil {
			r.Error("where.point", ErrBadPoint, "%v", err)
		} else if w.Point.IsNullIsland() {
			r.Error("where.point", ErrNullIsland, "point is exactly (0, 0), which almost always stands for a missing value: leave the point out instead")
		}
	}
	checkRef(w.Place, "where.place", r)
	checkRef(w.Other, "where.other", r)
	if w.Relation == place.RelationBetween && w.Other.IsZero() {
		r.Error("where.other", ErrMissing, "a location between two places names only one")
	}
}

// checkRef checks that a place reference's admin path runs from larger to
// smaller units and ends above the place itself.
func checkRef(ref place.Ref, path string, r *Report) {
	prev := place.Level(0)
	for i, u := range ref.Path {
		if u.Level == place.LevelArea {
			continue // areas sit outside the admin ladder
		}
		if prev != 0 && u.Level.Rank() <= prev.Rank() {
			r.Error(index(path+".path", i), ErrAdminPath, "%s %q cannot sit inside %s", u.Level, u.Name, prev)
		}
		prev = u.Level
	}
	if prev != 0 && ref.Level != 0 && ref.Level != place.LevelArea && ref.Level.Rank() <= prev.Rank() {
		r.Error(path+".level", ErrAdminPath, "%s %q cannot sit inside %s", ref.Level, ref.Name, prev)
	}
}

// recordProblems reports each problem of a model package's Validate (an
// errors.Join of field errors) at its own path below prefix, with the
// package's sentinel as Code and the offending value in the message.
func recordProblems(r *Report, prefix string, err error) {
	for _, e := range unjoin(err) {
		// actor, place and source share one field-error type.
		var fe *source.FieldError
		if !errors.As(e, &fe) {
			r.Error(prefix, innermost(e), "%v", e)
			continue
		}
		msg := fe.Err.Error()
		if fe.Value != "" {
			msg = strconv.Quote(fe.Value) + ": " + msg
		}
		r.Error(joinPath(prefix, fe.Path), innermost(fe.Err), "%s", msg)
	}
}

// innermost follows a chain of single wraps down to the sentinel at its
// end ("%w: reason" wraps put it there).
func innermost(err error) error {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			return err
		}
		err = u
	}
}

// extPath is the JSON path of an extension member: ext["org.example/x"],
// since keys contain dots.
func extPath(key string) string { return "ext[" + strconv.Quote(key) + "]" }

// checkText reports text that is not valid UTF-8: it could not be written
// as JSON without being altered.
func checkText(path, s string, r *Report) {
	if !utf8.ValidString(s) {
		r.Error(path, ErrBadText, "text %q is not valid UTF-8", s)
	}
}

// checkActorRef checks what a reference carries on its own: a well-formed
// ID and a registered kind.
func checkActorRef(path string, a actor.Ref, r *Report) {
	if a.ID != "" && !a.ID.Valid() {
		r.Error(path+".id", ErrBadID, "actor ID %q is not well formed", a.ID)
	}
	if a.Kind != "" && !a.Kind.Known() {
		r.Error(path+".kind", actor.ErrUnknownKind, "actor kind %q is not registered", a.Kind)
	}
	checkText(path+".name", a.Name, r)
}
