package event

import (
	"strconv"

	"github.com/conflictkit/conflict/place"
)

// farAway is how far, in kilometres, a point may lie from the known point
// of the place it names (a town's coordinates, an admin unit's centroid)
// before CheckPlaces warns, by the place's level. Without boundaries this
// is a coarse test: it finds swapped coordinates and points in the wrong
// governorate, not a village placed in the neighbouring sub-district. The
// admin limits allow for Syria's desert sub-districts, whose edges lie
// 60 km from their centroids (ACLED places Rukban 59 km from that of Sabe
// Byar).
var farAway = map[place.Level]float64{
	place.LevelLocality: 25,
	place.LevelAdmin3:   80,
	place.LevelAdmin2:   150,
	place.LevelAdmin1:   300,
}

// CheckPlaces checks a location against a gazetteer and reports to r:
//
//   - a path unit or the place whose ID the gazetteer has, but which does
//     not lie inside the unit above it by the gazetteer's links, and a
//     P-code that names another place than the unit's ID: ErrAdminPath,
//     an error;
//   - a point farther from the gazetteer's point of the place (or, if it
//     has none, of its deepest unit that has one) than a distance that
//     grows with the level — 25 km for a town, 80 km for a sub-district,
//     150 km for a district, 300 km for a governorate, twice that for a
//     "near" or "between" location: ErrFarAway, a warning.
//
// A reference whose ID is that of its own deepest path unit, at that
// unit's level or none, names the unit itself (UCDP's rows coded to a
// country) and passes. IDs the gazetteer does not have are not checked:
// they may be the user's own places. Validator.Places runs it on every event.
func CheckPlaces(g *place.Gazetteer, w Where, r *Report) {
	checkPlaces(g, w.Place, "where.place", r)
	checkPlaces(g, w.Other, "where.other", r)
	if w.Point == nil || w.Point.Validate() != nil {
		return
	}
	ref := w.Place
	known, level, ok := pointOf(g, ref)
	if !ok {
		return
	}
	limit := farAway[level]
	if limit == 0 {
		return // a country or an area: nothing to measure against
	}
	if w.Relation == place.RelationNear || w.Relation == place.RelationBetween {
		limit *= 2
	}
	if d := w.Point.Distance(known); d > limit {
		r.Warn("where.point", ErrFarAway, "point is %.0f km from %s %q, more than the %.0f km allowed for a %s", d, level, nameOf(g, ref, level), limit, level)
	}
}

// checkPlaces checks one reference's path and ID against the gazetteer.
func checkPlaces(g *place.Gazetteer, ref place.Ref, path string, r *Report) {
	if ref.IsZero() {
		return
	}
	var outer place.ID // the nearest unit above that the gazetteer knows
	for i, u := range ref.Path {
		p := path + ".path[" + strconv.Itoa(i) + "]"
		id := u.ID
		if u.Code != "" && u.Level != place.LevelCountry {
			if pl, ok := g.ByCode(place.SchemePCode, u.Code); ok {
				if id != "" && pl.ID != id {
					r.Error(p+".code", ErrAdminPath, "P-code %q is %q in the gazetteer, not %q", u.Code, pl.ID, id)
				}
				if id == "" {
					id = pl.ID
				}
			}
		}
		if _, ok := g.Get(id); !ok || id == "" {
			continue
		}
		if outer != "" && !g.Contains(outer, id) {
			r.Error(p+".id", ErrAdminPath, "%s %q is not inside %q in the gazetteer", u.Level, id, outer)
		}
		outer = id
	}
	// A reference may name its deepest unit itself (UCDP's rows coded to
	// a country): redundant, not contradictory, if the levels agree.
	if pl, ok := g.Get(ref.ID); ok && outer != "" && !(ref.ID == outer && (ref.Level == 0 || ref.Level == pl.Level)) && !g.Contains(outer, ref.ID) {
		r.Error(path+".id", ErrAdminPath, "place %q is not inside %q in the gazetteer", ref.ID, outer)
	}
}

// pointOf returns the gazetteer's point for a reference: the place's own,
// else that of its deepest path unit that has one.
func pointOf(g *place.Gazetteer, ref place.Ref) (place.Point, place.Level, bool) {
	if pl, ok := g.Get(ref.ID); ok && pl.Point != nil {
		return *pl.Point, pl.Level, true
	}
	for i := len(ref.Path) - 1; i >= 0; i-- {
		if pl, ok := g.Get(ref.Path[i].ID); ok && pl.Point != nil {
			return *pl.Point, pl.Level, true
		}
	}
	return place.Point{}, 0, false
}

// nameOf names the place pointOf measured from.
func nameOf(g *place.Gazetteer, ref place.Ref, level place.Level) string {
	if pl, ok := g.Get(ref.ID); ok && pl.Level == level {
		return pl.Name
	}
	for i := len(ref.Path) - 1; i >= 0; i-- {
		if ref.Path[i].Level == level {
			return ref.Path[i].Name
		}
	}
	return ref.Name
}
