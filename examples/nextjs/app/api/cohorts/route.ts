import { permutiveErrorResponse } from 'react-permutive-errors/server';
import { getCohorts } from '@/lib/permutive';

// A backend-for-frontend route: the browser calls this, never Permutive with the key.
export async function GET(request: Request) {
  const scenario = new URL(request.url).searchParams.get('scenario') ?? 'ok';
  try {
    return Response.json(await getCohorts(scenario));
  } catch (error) {
    return permutiveErrorResponse(error);
  }
}
