/**
 * The contract between a service's inventory types and the ASFF `Resources[0]` it maps to. The ASFF type
 * comes from the kind's descriptor; a mapper gives only what goes under `Details.<Type>` (or the string
 * pairs of `Details.Other`).
 */
import type { ResourceKind, ResourceOf } from '../inventory/types.js';

/** The object under `Details.<Type>`, the pairs of `Details.Other`, or undefined for a type without details. */
export type AsffDetails = object | undefined;

export type AsffResourceMapper<K extends ResourceKind> = (resource: ResourceOf<K>) => AsffDetails;

/** Mappers by kind; each service's file under asff-resources/ exports one of these. */
export type AsffResourceMappers = { [K in ResourceKind]?: AsffResourceMapper<K> };
