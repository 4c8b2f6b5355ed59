import { defineMessages } from '@bazaarche/i18n';

/** A listing’s page and its card, and adding it to the cart. */
export const listingMessages = defineMessages({
  'listing.price': { fa: 'قیمت', en: 'Price' },
  'listing.inStock': { fa: '{count} عدد موجود', en: '{count} in stock' },
  'listing.available': { fa: 'موجود', en: 'In stock' },
  'listing.outOfStock': { fa: 'ناموجود', en: 'Out of stock' },
  'listing.madeToOrder': { fa: 'ساخت پس از سفارش: {days} روز کاری', en: 'Made to order: {days} working days' },
  'listing.madeToOrderShort': { fa: 'ساخت پس از سفارش', en: 'Made to order' },
  'listing.minOrder': { fa: 'حداقل سفارش: {count} عدد', en: 'Minimum order: {count}' },
  'listing.variants': { fa: 'گونه‌ها', en: 'Variants' },
  'listing.variantPrice': { fa: 'قیمت', en: 'Price' },
  'listing.variantStock': { fa: 'موجودی', en: 'Stock' },
  'listing.variantStockMade': { fa: 'ساخت پس از سفارش', en: 'Made to order' },
  'listing.description': { fa: 'دربارهٔ این محصول', en: 'About this product' },
  'listing.seller': { fa: 'فروشنده', en: 'Seller' },
  'listing.visitShop': { fa: 'دیدن غرفه', en: 'Visit the shop' },
  'listing.soldThrough': { fa: 'فروش از راه:', en: 'Sold through:' },
  'listing.gallery': { fa: 'عکس‌های محصول', en: 'Product photos' },
  'listing.showPhoto': { fa: 'نمایش عکس {n} از {total}', en: 'Show photo {n} of {total}' },
  'listing.noPhoto': { fa: 'این محصول هنوز عکسی ندارد.', en: 'This listing has no photos yet.' },
  'listing.preview': { fa: 'پیش‌نمایش: این محصول «{status}» است و فقط شما آن را می‌بینید.', en: 'Preview: this listing is “{status}”, so only you can see it.' },
  'listing.edit': { fa: 'ویرایش این محصول', en: 'Edit this listing' },

  'addToCart.title': { fa: 'خرید', en: 'Buy' },
  'addToCart.variant': { fa: 'گونه', en: 'Variant' },
  'addToCart.soldOut': { fa: 'ناموجود', en: 'out of stock' },
  'addToCart.quantity': { fa: 'تعداد', en: 'Quantity' },
  'addToCart.quantityRange': { fa: 'از {min} تا {max} عدد', en: 'From {min} to {max}' },
  'addToCart.quantityMin': { fa: 'دست‌کم {min} عدد', en: 'At least {min}' },
  'addToCart.submit': { fa: 'افزودن به سبد خرید', en: 'Add to cart' },
});
