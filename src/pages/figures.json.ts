import type { APIRoute } from 'astro';
import { dataResponse } from '../lib/data-files.ts';

export const GET: APIRoute = () => dataResponse('figures.json');
