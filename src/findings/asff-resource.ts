/** The contract between a service's inventory types and the ASFF `Resources[0]` it maps to. */
import type { Resource as AsffResource } from '@aws-sdk/client-securityhub';
import type { ResourceKind, ResourceOf } from '../inventory/types.js';

/** ASFF resource type and details for one inventory resource (Id, Partition, Region and Tags are filled generically). */
export interface AsffResourceShape {
  /** e.g. `AwsDynamoDbTable`, `AwsRedshiftCluster`, `Other`. */
  Type: string;
  Details?: AsffResource['Details'];
}

export type AsffResourceMapper<K extends ResourceKind> = (resource: ResourceOf<K>) => AsffResourceShape;

/** Mappers by kind; each service's file under asff-resources/ exports one of these. */
export type AsffResourceMappers = { [K in ResourceKind]?: AsffResourceMapper<K> };
