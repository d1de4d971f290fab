export { segments, isSegment, type Segment } from './findings/segment';
export { regions, regionOfSegment, type Region } from './findings/region';
