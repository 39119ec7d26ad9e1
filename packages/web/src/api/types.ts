import type { components, paths } from './schema.js';

/** Names for the shapes of the HTTP contract, all taken from the generated OpenAPI types. */
type Schemas = components['schemas'];

export type User = Schemas['User'];
export type Patient = Schemas['Patient'];
export type NewPatient = Schemas['NewPatient'];
export type Order = Schemas['Order'];
export type CatalogTest = Schemas['CatalogTest'];
export type TestDefinition = Schemas['TestDefinition'];
export type Panel = Schemas['Panel'];
export type SpecimenTimeline = Schemas['SpecimenTimeline'];
export type ResultValue = Schemas['ResultValue'];
export type LabelIdentifiers = Schemas['LabelIdentifiers'];
export type OperationOutcome = Schemas['OperationOutcome'];

export type Analysis = SpecimenTimeline['analyses'][number];
export type ResultVersion = Analysis['results'][number];
export type SpecimenEvent = SpecimenTimeline['events'][number];
export type ReferenceInterval = TestDefinition['referenceIntervals'][number];

export type LoginReply = paths['/api/auth/login']['post']['responses'][200]['content']['application/json'];
export type Catalog = paths['/api/catalog']['get']['responses'][200]['content']['application/json'];
export type TestVersion =
  paths['/api/catalog/tests/{code}/history']['get']['responses'][200]['content']['application/json']['items'][number];
