export interface CategorySeed {
  slug: string;
  nameFa: string;
  nameEn: string;
  children?: CategorySeed[];
}

/** The trades (رشته‌ها) of the home-business plan that the marketplace starts with. */
export const categorySeed: CategorySeed[] = [
  {
    slug: 'textiles',
    nameFa: 'منسوجات',
    nameEn: 'Textiles',
    children: [
      { slug: 'towels', nameFa: 'حوله‌بافی', nameEn: 'Towel weaving' },
      { slug: 'sewing', nameFa: 'خیاطی', nameEn: 'Sewing' },
      { slug: 'knitting', nameFa: 'بافتنی', nameEn: 'Knitting' },
      { slug: 'carpets-kilims', nameFa: 'فرش و گلیم', nameEn: 'Carpets and kilims' },
    ],
  },
  { slug: 'leather', nameFa: 'چرم‌دوزی', nameEn: 'Leather' },
  {
    slug: 'food',
    nameFa: 'خوراکی خانگی',
    nameEn: 'Home-made food',
    children: [
      { slug: 'honey', nameFa: 'عسل', nameEn: 'Honey' },
      { slug: 'dried-fruit', nameFa: 'خشکبار', nameEn: 'Dried fruit and nuts' },
      { slug: 'pickles', nameFa: 'ترشی و شور', nameEn: 'Pickles' },
      { slug: 'traditional-sweets', nameFa: 'شیرینی سنتی', nameEn: 'Traditional sweets' },
    ],
  },
  {
    slug: 'handicrafts',
    nameFa: 'صنایع دستی',
    nameEn: 'Handicrafts',
    children: [
      { slug: 'pottery', nameFa: 'سفالگری', nameEn: 'Pottery' },
      { slug: 'embroidery', nameFa: 'سوزن‌دوزی', nameEn: 'Embroidery' },
      { slug: 'woodwork', nameFa: 'منبت و چوب', nameEn: 'Woodwork' },
      { slug: 'basketry', nameFa: 'حصیربافی', nameEn: 'Basketry' },
    ],
  },
  {
    slug: 'clothing',
    nameFa: 'پوشاک',
    nameEn: 'Clothing',
    children: [
      { slug: 'work-wear', nameFa: 'لباس کار', nameEn: 'Work wear' },
      { slug: 'hospital-wear', nameFa: 'لباس بیمارستانی', nameEn: 'Hospital wear' },
      { slug: 'sportswear', nameFa: 'پوشاک ورزشی', nameEn: 'Sportswear' },
      { slug: 'local-dress', nameFa: 'لباس محلی', nameEn: 'Local dress' },
    ],
  },
  {
    slug: 'gifts',
    nameFa: 'هدایا',
    nameEn: 'Gifts',
    children: [{ slug: 'corporate-gifts', nameFa: 'هدایای سازمانی', nameEn: 'Corporate gifts' }],
  },
  { slug: 'natural-care', nameFa: 'بهداشتی و گیاهی', nameEn: 'Natural care' },
];
