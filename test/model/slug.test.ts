import { baseName, isStatusSuffix, slugify } from '../../lib/model/slug';

describe('slugify', () => {
  it.each([
    ['Frankenthal (Pfalz), kfr. St.', 'frankenthal-pfalz-kfr-st'],
    ['Wenningstedt – Braderup (Sylt)', 'wenningstedt-braderup-sylt'],
    ['Buchholzin der Nordheide, Stadt', 'buchholzin-der-nordheide-stadt'],
    ['Lübbenau/Spreewald/Lubnjow/Błota, Stadt', 'luebbenau-spreewald-lubnjow-blota-stadt'],
    ['Weißwasser/O.L., Stadt/Běła Woda', 'weisswasser-o-l-stadt-bela-woda'],
    ['Schlepzig/Słopišća', 'schlepzig-slopisca'],
    ['Großräschen/Rań', 'grossraeschen-ran'],
    ['Groß Düben/Dźěwin', 'gross-dueben-dzewin'],
    ['Nebelschütz/Njebjelčicy', 'nebelschuetz-njebjelcicy'],
    ['ÖHRINGEN', 'oehringen'],
    ['Übersee', 'uebersee'],
    ['Bad Neuenahr-Ahrw.', 'bad-neuenahr-ahrw'],
    ['  --Ærø / Đakovo  Øster--  ', 'aero-dakovo-oster'],
    ['Sankt Peter-Ording', 'sankt-peter-ording'],
    ["Hel'lo", 'hello'],
    ['(((', ''],
  ])('%j -> %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('treats decomposed input like composed input', () => {
    expect(slugify('Mu\u0308nchen')).toBe(slugify('München'));
    expect(slugify('Mu\u0308nchen')).toBe('muenchen');
  });

  it('produces only a-z, 0-9 and single inner dashes', () => {
    const s = slugify('Ä–ö—Ü//ß,,(x).y z_1');
    expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('baseName', () => {
  it.each([
    ['Flensburg, Stadt', 'Flensburg'],
    ['Kiel, Landeshauptstadt', 'Kiel'],
    ['Lübeck, Hansestadt', 'Lübeck'],
    ['Frankenthal (Pfalz), kfr. St.', 'Frankenthal (Pfalz)'],
    ['Mayen, gr. kr. St.', 'Mayen'],
    ['Andernach, gr.kr.St.', 'Andernach'],
    ['Landau i.d.Pf. kfr. St.', 'Landau i.d.Pf.'],
    ['Ingolstadt (Krfr. St)', 'Ingolstadt'],
    ['Hof (Krfr.St)', 'Hof'],
    ['Kempten (Allgäu) (Krfr. St)', 'Kempten (Allgäu)'],
    ['Au i.d.Hallertau, M', 'Au i.d.Hallertau'],
    ['Neuburg a.d.Donau, GKSt', 'Neuburg a.d.Donau'],
    ['Töging a.Inn, St', 'Töging a.Inn'],
    ['Simmern/Hunsrück, St.', 'Simmern/Hunsrück'],
    ['Bodenwerder, Münchhausenstadt', 'Bodenwerder'],
    ['Kassel, documenta-Stadt', 'Kassel'],
    ['Greifswald, Universitäts- und Hansestadt', 'Greifswald'],
    ['Göttingen, Berg- und Univ.-stadt', 'Göttingen'],
    ['Zingst, Ostseeheilbad', 'Zingst'],
    ['Landstuhl, Sickingenstadt, Stadt', 'Landstuhl'],
    ['Bergen, Flecken', 'Bergen'],
    ['Weißwasser/O.L., Stadt/Běła Woda', 'Weißwasser/O.L./Běła Woda'],
    ['Zehnhausen, Rennerod', 'Zehnhausen, Rennerod'],
    ['Zehnhausen, Wallmerod', 'Zehnhausen, Wallmerod'],
    ['Ammeldingen, Neuerb.', 'Ammeldingen, Neuerb.'],
    ['Münchweiler, Klingb.', 'Münchweiler, Klingb.'],
    ['Stahlhofen, Wiesensee', 'Stahlhofen, Wiesensee'],
    ['Seelbach, Hamm (Sieg)', 'Seelbach, Hamm (Sieg)'],
    ['St. Ingbert, Stadt', 'St. Ingbert'],
    ['Neuenkirchen', 'Neuenkirchen'],
  ])('%j -> %j', (name, base) => {
    expect(baseName(name)).toBe(base);
  });

  it('keeps distinguishing parts but drops status words', () => {
    expect(isStatusSuffix('Rennerod')).toBe(false);
    expect(isStatusSuffix('Klingb.')).toBe(false);
    expect(isStatusSuffix(' kfr.  St. ')).toBe(true);
    expect(isStatusSuffix('Marktgemeinde')).toBe(true);
  });
});
