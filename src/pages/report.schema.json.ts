import type { APIRoute } from 'astro';
import schema from '../../content/sections/report.schema.json?raw';

export const GET: APIRoute = () =>
  new Response(schema, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
