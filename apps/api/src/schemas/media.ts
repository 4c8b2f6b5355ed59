import { z } from 'zod';

/** A content key, as `@bazaarche/media` names stored files; the route checks its shape. */
export const mediaParams = z.object({ '*': z.string().max(200) });
