import type { APIRoute } from 'astro';
// Written by the content step from the same validated model as the pages.
import report from '../../content/sections/report.json?raw';

export const GET: APIRoute = () =>
  new Response(report, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
