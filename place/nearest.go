package place

import (
	"math"
	"slices"
)

// earthRadiusKm is the mean Earth radius (IUGG), used for great-circle
// distances.
const earthRadiusKm = 6371.0088

// Distance returns the great-circle distance from p to q in kilometres,
// by the haversine formula on a sphere of the mean Earth radius
// (6371.0088 km). On the ellipsoid the true distance differs by up to
// about 0.5%, which is far below the precision of place coordinates.
func (p Point) Distance(q Point) float64 {
	const rad = math.Pi / 180
	dLat := (q.Lat - p.Lat) * rad
	dLon := (q.Lon - p.Lon) * rad
	s := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(p.Lat*rad)*math.Cos(q.Lat*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadiusKm * math.Asin(math.Sqrt(min(1, s)))
}

// NearestOptions narrows the places Nearest considers. The zero value
// considers every place that has a Point.
type NearestOptions struct {
	Level   Level   // only places at this level, if set
	Parent  ID      // only places inside this one (see Gazetteer.Contains), if set
	Country Country // only places in this country, if set
	MaxKm   float64 // only places at most this far, if positive
}

// Nearest returns the place with a Point nearest to p among those opt
// allows, and its distance in kilometres. It reports false if there is
// none: no place has a point, opt.Parent is unknown, or all are farther
// than opt.MaxKm. Ties go to the place given first.
//
// Points are representative points, not shapes: the nearest sub-district
// centroid is not always the sub-district that contains p, so treat the
// answer as "near", not "in".
func (g *Gazetteer) Nearest(p Point, opt NearestOptions) (Place, float64, bool) {
	parent := int32(-1)
	if opt.Parent != "" {
		i, ok := g.byID[opt.Parent]
		if !ok {
			return Place{}, 0, false
		}
		parent = i
	}
	if p.Validate() != nil {
		return Place{}, 0, false
	}
	best, bestKm := int32(-1), math.Inf(1)
	for _, i := range g.points {
		q := &g.places[i]
		if opt.Level != LevelUnspecified && q.Level != opt.Level ||
			!opt.Country.IsZero() && q.Country != opt.Country {
			continue
		}
		if parent >= 0 {
			if _, found := slices.BinarySearch(g.inside[i], parent); !found {
				continue
			}
		}
		if d := p.Distance(*q.Point); d < bestKm {
			best, bestKm = i, d
		}
	}
	if best < 0 || opt.MaxKm > 0 && bestKm > opt.MaxKm {
		return Place{}, 0, false
	}
	return g.places[best].clone(), bestKm, true
}
