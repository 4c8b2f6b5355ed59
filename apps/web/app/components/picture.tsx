import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { Image } from '../lib/catalogue-types.ts';
import { imageSources } from '../lib/image-sources.ts';
import { placeholderColor, placeholderImage } from '../lib/placeholder.ts';

interface PictureProps {
  image: Image;
  alt: string;
  /** The `sizes` attribute: how wide the photo is drawn at each viewport width. */
  sizes: string;
  className?: string | undefined;
  /** The first photo a page shows loads at once; the rest wait until they are near the viewport. */
  priority?: boolean;
}

/**
 * A photo in AVIF where the browser takes it, WebP otherwise, at the width the layout needs. Its
 * width and height are set so the page does not jump, and until it arrives its ThumbHash shows:
 * the average colour from the server at once, the blurred preview as soon as the page is live.
 */
export function Picture({ image, alt, sizes, className, priority = false }: PictureProps) {
  const sources = imageSources(image);
  const imgRef = useRef<HTMLImageElement>(null);
  const [loaded, setLoaded] = useState(false);
  const [preview, setPreview] = useState<string | undefined>(undefined);

  useEffect(() => {
    const img = imgRef.current;
    // A photo that arrived before the page came alive fired its load event unseen.
    if (img?.complete && img.naturalWidth > 0) setLoaded(true);
    else setPreview(placeholderImage(image.placeholder));
  }, [image.placeholder]);

  const style: CSSProperties | undefined = loaded
    ? undefined
    : { backgroundColor: placeholderColor(image.placeholder), backgroundImage: preview ? `url(${preview})` : undefined };

  return (
    <picture className={className}>
      {sources.avif ? <source type="image/avif" srcSet={sources.avif} sizes={sizes} /> : null}
      {sources.webp ? <source type="image/webp" srcSet={sources.webp} sizes={sizes} /> : null}
      <img
        ref={imgRef}
        src={sources.fallback}
        alt={alt}
        width={image.width}
        height={image.height}
        loading={priority ? 'eager' : 'lazy'}
        decoding="async"
        // React 18 knows only the lower-case attribute.
        {...{ fetchpriority: priority ? 'high' : 'auto' }}
        style={style}
        onLoad={() => setLoaded(true)}
      />
    </picture>
  );
}
