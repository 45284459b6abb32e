// A WGS84 position in decimal degrees, the shape districts and venues share.
export interface LatLng {
  lat: number;
  lng: number;
}
