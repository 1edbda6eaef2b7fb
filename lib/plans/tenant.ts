/** The scoping ids of a record, for audit events and child rows. */
export function scopeOf(record: { regionId: string; municipalityId: string; schoolId: string }) {
  return { regionId: record.regionId, municipalityId: record.municipalityId, schoolId: record.schoolId };
}
