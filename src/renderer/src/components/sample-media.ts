import { sampleMediaName, type RcsSampleMedia } from '../../../shared/rcs/samples';
import beach from '../../../../resources/samples/beach.png?url';
import city from '../../../../resources/samples/city.png?url';
import clinic from '../../../../resources/samples/clinic.png?url';
import mountain from '../../../../resources/samples/mountain.png?url';
import parcel from '../../../../resources/samples/parcel.png?url';
import shoe from '../../../../resources/samples/shoe.png?url';

// The bundler copies the sample pictures into the built renderer, so they load from the app
// itself (app:// in the desktop window, the core's own host in browser mode) with no network.
const LOCAL: Record<RcsSampleMedia, string> = { beach, city, clinic, mountain, parcel, shoe };

/** Where the preview loads a media URL from: the bundled file for a sample, the URL otherwise. */
export function previewMediaUrl(url: string): string {
  const sample = sampleMediaName(url);
  return sample ? LOCAL[sample] : url;
}
