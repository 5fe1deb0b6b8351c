"""Latin names as French, Spanish, Italian, German, English, Portuguese, Dutch, Slavic,
Hungarian and Turkish sound them."""

from __future__ import annotations

from saring.names.spoken import (
    french_spelling,
    german_spelling,
    russian_form,
    russian_forms,
    spoken_spellings,
)


def test_french_spanish_and_italian_sounds() -> None:
    assert spoken_spellings("charles")[0] == "sharl"  # ch as sh, a final es unsounded
    assert spoken_spellings("gaulle")[0] == "goll"  # au as o, a final e unsounded
    assert "olland" in spoken_spellings("hollande")  # an initial h unsounded
    assert spoken_spellings("francois")[0] == "fransua"  # ç written c, oi as ua
    assert spoken_spellings("hugo")[0] == "ugo"
    assert "moris" in spoken_spellings("maurice")  # a soft c before an unsounded e
    assert "moric" not in spoken_spellings("maurice")
    assert "tacker" in spoken_spellings("tucker")  # English u before ck
    assert "kwinsy" in spoken_spellings("quincy")  # and c before i, e or y
    assert "chaves" in spoken_spellings("chavez")  # a Spanish final z as s
    assert "cabeyo" in spoken_spellings("cabello")  # a Spanish ll as y
    assert "jorja" in spoken_spellings("giorgia")  # Italian gi before a vowel as j


def test_french_nasals_silent_letters_and_soft_g() -> None:
    assert "mitterran" in spoken_spellings("mitterrand")  # a final d after n unsounded
    assert "jiscar" in spoken_spellings("giscard")  # g before i as zh, a final d after r
    assert "esten" in spoken_spellings("estaing")  # a final aing as en
    assert "kristin" in spoken_spellings("christine")  # chr as kr, not shr
    assert "lagar" not in spoken_spellings("lagarde")  # a d before a final e is sounded
    assert "roj" in spoken_spellings("roger")  # a final er after g, i or ch as a silent e
    assert "didie" in spoken_spellings("didier")
    assert not any(s.endswith("e") for s in spoken_spellings("peter"))
    assert "villie" in spoken_spellings("villiers")  # a final iers too: וילייה
    assert "rojer" in spoken_spellings("rogers")  # not ers after another letter
    assert "erno" in spoken_spellings("ernaux")  # a final x after au, eu or ou: ארנו
    assert "feli" not in spoken_spellings("felix")


def test_german_and_turkish_sounds() -> None:
    assert "shtainmaier" in spoken_spellings("steinmeier")  # st as sht, ei as ai
    assert "valter" in spoken_spellings("walter")
    assert "diter" in spoken_spellings("dieter")  # ie as i
    assert "fuks" in spoken_spellings("fuchs")  # chs as ks
    assert "kwentin" in spoken_spellings("quentin")  # English qu as kw
    assert "khristov" in spoken_spellings("christoff")  # as German spells Христов
    assert german_spelling("schlomo") == "shlomo"
    assert "veksler" in spoken_spellings("wechsler")
    assert "davutolu" in spoken_spellings("davutoglu")  # ğ, written g, unsounded in -oğlu
    assert "lagard" in spoken_spellings("lagarde")  # but a g between vowels is sounded


def test_a_final_s_is_unsounded_only_in_a_word_spelt_the_french_way() -> None:
    assert "jon" not in spoken_spellings("jones")  # a Jones is no Jon
    assert "jam" not in spoken_spellings("james")
    assert spoken_spellings("villepin") == ("viyepin",)  # only a Spanish ll as y
    # a final ot after a doubled consonant is French however the word is spelt
    assert "barro" in spoken_spellings("barrot") and "pierro" in spoken_spellings("pierrot")
    assert "ellio" not in spoken_spellings("elliot")
    assert "masso" not in spoken_spellings("massot")  # Catalan: the t is said


def test_a_j_is_never_an_h() -> None:
    assert "halali" not in spoken_spellings("jalali")  # an Arabic name's j: no Halali
    assert "avdiya" in spoken_spellings("avdija")  # a Slavic j as y
    assert "djokovich" in spoken_spellings("djokovic")  # but dj stays


def test_serbo_croatian_and_hungarian_spellings_only_in_their_names() -> None:
    assert "vuchich" in spoken_spellings("vucic")  # -ić: every c as ch
    assert "karadzich" in spoken_spellings("karadzic")
    assert not any("ch" in s for s in spoken_spellings("fico"))  # no -ic ending
    assert "siyyarto" in spoken_spellings("szijjarto")  # sz as s, j as y
    assert "mesarosh" in spoken_spellings("meszaros")  # and s as sh
    assert not any("sh" in s for s in spoken_spellings("simon"))  # no Hungarian digraph


def test_english_and_more_french_and_turkish_sounds() -> None:
    assert "pauell" in spoken_spellings("powell")  # ow as au
    assert "wolles" in spoken_spellings("wallace")  # wa as wo, a final ace as es
    assert "murdok" in spoken_spellings("murdoch")
    assert "snow" not in spoken_spellings("snow")  # a final ow is no au: nothing new
    assert "elizabet" in spoken_spellings("elisabeth")  # French th as t, s as z
    assert "bahjeli" in spoken_spellings("bahceli")  # Turkish c (and ç) as j before e or i
    assert "babajan" in spoken_spellings("babacan")  # and before any vowel: Бабаджан
    assert "kilijdaroglu" in spoken_spellings("kilicdaroglu")  # but in a word ending -oğlu
    assert "chisekedi" in spoken_spellings("tshisekedi")
    assert "makfol" in spoken_spellings("mcfaul")  # Mc as mak, au as o
    assert any("mikael" in s for s in spoken_spellings("mcmichael"))  # ch as k in Michael
    assert "coen" in spoken_spellings("cohen")  # no h after o before e (Коэн)
    assert "vallo" in spoken_spellings("vallaud")  # French: a final d after au unsounded
    assert "dawoo" not in spoken_spellings("dawood")  # not after another vowel
    assert "clibern" in spoken_spellings("cliburn")  # ur before a consonant as er: Клиберн
    assert "berns" in spoken_spellings("burns")
    assert not any("er" in s for s in spoken_spellings("murray"))  # not before a vowel


def test_german_ch() -> None:
    assert "rikhter" in spoken_spellings("richter")  # Рихтер
    assert "alyokhina" in spoken_spellings("aljochina")  # Алёхина in German letters
    assert "khristian" not in spoken_spellings("christian")  # only after a vowel
    assert not any("kh" in s for s in spoken_spellings("dmitrievich"))  # nor in -vich
    assert "plyushchenko" in spoken_spellings("pljuschtschenko")  # tsch is still ch


def test_german_lengthening_h_only_as_russian_hears_it() -> None:
    assert "lemann" in spoken_spellings("lehmann", russian=True)  # Леман
    assert "ican" in spoken_spellings("icahn", russian=True)  # Икан
    assert "lemann" not in spoken_spellings("lehmann")  # Arabic script writes the h it hears
    assert "amad" not in spoken_spellings("ahmad")
    assert "segalovich" in spoken_spellings("segalovitz")  # -vitz as -vich
    assert "pauell" in spoken_spellings("powell")  # ow still as au after au as o


def test_spanish_glides_and_the_j_of_its_commonest_given_names() -> None:
    assert "gwaido" in spoken_spellings("guaido")  # u before a vowel as w
    assert "khwan" in spoken_spellings("juan")  # j as kh in Juan, Javier, Jose, Jorge
    assert "khavier" in spoken_spellings("javier")
    assert not any(s.startswith("kh") for s in spoken_spellings("jamal"))
    # between vowels in a word ending as Spanish ones do: Карвахаль, אלחנדרו
    assert "carvakhal" in spoken_spellings("carvajal")
    assert "alekhandro" in spoken_spellings("alejandro")
    assert "benkhamin" in spoken_spellings("benjamin")  # בנחמין
    assert not any("kh" in s for s in spoken_spellings("bojan"))  # Бојан
    assert "khimenes" in spoken_spellings("gimenez")  # a final z said s: خيمينيز
    # Spain's z and soft c as th, as the Arabic press writes them: ثاباتيرو, غونثاليث
    assert "thapatero" in spoken_spellings("zapatero", arabic=True)
    assert "gonthaleth" in spoken_spellings("gonzalez", arabic=True)
    assert "thapatero" not in spoken_spellings("zapatero")


def test_portuguese_dutch_and_polish_sounds() -> None:
    assert "coelyu" in spoken_spellings("coelho")  # lh as ly, a final o as u
    # s before a consonant as sh, as Russian hears it only (Кошта, كوستا)
    assert "coshta" in spoken_spellings("costa", russian=True)
    assert "coshta" not in spoken_spellings("costa")
    assert "cardozu" in spoken_spellings("cardoso")  # s between vowels as z
    assert "khert" in spoken_spellings("geert")  # Dutch g as kh, ee as e
    assert "cro" in spoken_spellings("croo")
    assert not any("kh" in s for s in spoken_spellings("george"))  # no Dutch spelling
    assert "moravyetski" in spoken_spellings("morawiecki")  # Polish w as v, ie as ye, c as ts
    assert "mateush" in spoken_spellings("mateusz")  # sz as sh
    assert "voytsekh" in spoken_spellings("wojciech")  # j after o, ci before a vowel as ts
    assert "voytsekh" not in spoken_spellings("ciechanover")  # not Polish by its letters


def test_romanian_italian_and_english_sounds() -> None:
    assert "chausescu" in spoken_spellings("ceausescu")  # Romanian ce before a as ch
    assert "jorjescu" in spoken_spellings("georgescu")
    assert not any(s.startswith("cha") for s in spoken_spellings("ceasar"))  # no -escu
    assert "anchelotti" in spoken_spellings("ancelotti")  # Italian c before e or i as ch
    assert "hoking" in spoken_spellings("hawking")  # English aw before a consonant as o
    assert "jonny" in spoken_spellings("johnny")  # no h after o before a consonant
    assert "naser" in spoken_spellings("nacer")  # French c as s, never voiced to z
    assert "hanun" in spoken_spellings("hanoune")  # French, the h an Arabic name writes kept
    assert "guterrish" in spoken_spellings("guterres")  # Portuguese final es and os
    assert "santush" in spoken_spellings("santos")
    assert "tsakhi" in spoken_spellings("tzachi")  # Israeli tz and ch
    assert not any("kh" in s for s in spoken_spellings("chavez"))  # no tz: not Israeli


def test_french_final_t_after_er_and_ent_english_wh_th_and_ew() -> None:
    assert "alber" in spoken_spellings("albert")  # Albert: ألبير, Альбер
    assert "jilber" in spoken_spellings("gilbert")
    assert "loran" in spoken_spellings("laurent")  # Laurent: لوران, Лоран
    assert spoken_spellings("kent") == ()  # not a short word: Kent, Brent
    assert "luis" in spoken_spellings("lewis")  # Lewis: 루이스
    assert "witni" in spoken_spellings("whitney")  # Whitney: ويتني, Уитни
    assert "rait" in spoken_spellings("wright")  # Wright: رايت, Райт
    assert "nait" in spoken_spellings("knight")
    assert "ramer" not in spoken_spellings("kramer")  # k before n only
    assert "mayweazer" in spoken_spellings("mayweather")  # Mayweather: Мейвезер
    assert "khulio" in spoken_spellings("julio")  # Julio: חוליו, خوليو


def test_polish_catalan_french_ault_and_mandarin_sounds() -> None:
    assert "kshyshtof" in spoken_spellings("krzysztof")  # rz after k as sh: קשישטוף
    assert "kapushchinski" in spoken_spellings("kapuscinski")  # ść: Капущинский
    assert "arno" in spoken_spellings("arnault")  # French -ault: ארנו
    assert "puchdemon" in spoken_spellings("puigdemont")  # Catalan: Пучдемон
    assert "shun" in spoken_spellings("xun")  # Mandarin x: לו שון
    assert "tsishin" in spoken_spellings("cixin")
    # Russian spells every Mandarin syllable its own way: Чжу (zhu) is not Цзюй (ju)
    assert "ju" not in spoken_spellings("zhu", russian=True)


def test_a_polish_womans_ska_as_russian_writes_it_and_german_ch_after_r() -> None:
    assert "kovalskaya" in spoken_spellings("kowalska", russian=True)  # Ковальская
    assert "pototskaya" in spoken_spellings("potocka", russian=True)  # Потоцкая
    assert "kovalskaya" not in spoken_spellings("kowalska")  # Hebrew writes קובלסקה
    assert russian_form("kowalski") is None
    assert russian_form("konevas") == "konev"  # Lithuanian: Конев
    assert russian_form("sergejus") == "sergey"
    assert "arkhipenko" in spoken_spellings("archipenko")  # German ch after r: Архипенко


def test_latvian_spellings_and_ukrainian_h_as_hebrew_writes_it() -> None:
    assert "sergey" in spoken_spellings("sergejs", russian=True)  # Latvian: Сергей
    assert "zolotaryov" in spoken_spellings("zolotarjovs", russian=True)  # Золотарёв
    assert "william" not in spoken_spellings("williams", russian=True)  # English -s
    assert "sergey" not in spoken_spellings("sergejs")  # only as Russian writes it
    assert "olga" in spoken_spellings("olha", hebrew=True)  # Ukrainian h: אולגה
    assert "gennadiy" in spoken_spellings("hennadiy", hebrew=True)  # גנאדי
    assert "magdi" not in spoken_spellings("mahdi", hebrew=True)  # an Arab name's h
    assert "olga" not in spoken_spellings("olha", russian=True)  # Cyrillic reads Ольга so


def test_dutch_spellings_of_russian_names_and_hungarian_gy() -> None:
    assert "chernyshevski" in spoken_spellings("tsjernysjevski")  # Чернышевский
    assert "khrushchov" in spoken_spellings("chroesjtsjov")  # Хрущёв
    assert "jorj" in spoken_spellings("gyorgy")  # ג'ורג', جورج
    assert "djordj" in spoken_spellings("gyorgy")


def test_a_vietnamese_final_nh_as_the_abjads_write_it() -> None:
    assert "than" in spoken_spellings("thanh", hebrew=True)  # טאן
    assert "min" in spoken_spellings("minh", arabic=True)
    assert "than" not in spoken_spellings("thanh", russian=True)  # Тхань


def test_french_ou() -> None:
    assert "lwi" in spoken_spellings("louis")  # ou as w before a vowel, the final s unsounded
    assert "awat" in spoken_spellings("aouate")  # אוואט
    assert "mulud" in spoken_spellings("mouloud")  # ou as u


def test_english_spellings_far_from_their_sound() -> None:
    assert "hyus" in spoken_spellings("hughes")  # هيوز
    assert "von" in spoken_spellings("vaughan")  # gh unsounded, au as o
    assert "gof" in spoken_spellings("gough")  # 고프
    assert "li" in spoken_spellings("leigh")
    assert "canningham" in spoken_spellings("cunningham")  # كانينغهام
    assert "murdok" in spoken_spellings("murdoch")  # not a u before r
    assert "makdona" in spoken_spellings("mcdonagh")
    assert "woker" in spoken_spellings("walker")  # ووكر
    assert "hol" in spoken_spellings("hall")
    assert "meison" in spoken_spellings("mason")  # ميسون
    assert "wait" in spoken_spellings("white")  # Уайт
    assert "barns" in spoken_spellings("barnes")  # بارنز
    assert "andruz" in spoken_spellings("andrews")  # אנדרוז
    assert "wolles" in spoken_spellings("wallace")  # Уоллес: not Walls
    assert "matyuz" in spoken_spellings("matthews", russian=True)  # Мэтьюз
    assert "matyuz" not in spoken_spellings("matthews")  # Arabic and Hebrew write u


def test_names_said_far_from_their_spelling() -> None:
    assert "shivon" in spoken_spellings("siobhan")
    assert "mingis" in spoken_spellings("menzies")
    assert "davith" in spoken_spellings("dafydd")


def test_albanian_turkish_spanish_and_portuguese_sounds() -> None:
    assert "hoja" in spoken_spellings("hoxha")  # Albanian xh: خوجة
    assert "jaka" in spoken_spellings("xhaka")
    assert "sanjar" in spoken_spellings("sancar")  # Turkish c before any vowel: سنجار
    assert "khwakin" in spoken_spellings("joaquin")  # o before a as w: خواكين
    assert "swarish" in spoken_spellings("soares")  # سواريش


def test_german_dt_italian_cc_polish_soft_c_and_spanish_family_names() -> None:
    assert "shmit" in spoken_spellings("schmidt")  # شميت
    assert "ritchi" in spoken_spellings("ricci")  # ريتشي
    assert "voychik" in spoken_spellings("wojcik")  # ć written c, as Arabic hears it: فويتشيك
    assert "voychik" not in spoken_spellings("wojcik", russian=True)  # Войцик
    assert "khimenes" in spoken_spellings("jimenez")  # خيمينيز
    assert "yan" in spoken_spellings("jan")  # from the table: Ян, 얀
    assert "chang" in spoken_spellings("zhang")  # Mandarin zh as Arabic writes it: تشانغ


def test_french_spellings_of_semitic_names_sound_their_final_consonant() -> None:
    assert "shetrit" in spoken_spellings("chetrit")  # Chétrit: שטרית
    assert "sharl" in spoken_spellings("charles")  # French names' stays unsounded


def test_a_german_lengthening_h_is_unsounded_as_russian_and_hebrew_hear_it() -> None:
    assert "erlich" in spoken_spellings("ehrlich", hebrew=True)
    assert "erlich" in spoken_spellings("ehrlich", russian=True)
    assert "erlich" not in spoken_spellings("ehrlich", arabic=True)


def test_french_ill_and_a_final_eil_said_y() -> None:
    assert french_spelling("guillaume") == "giyom"
    assert french_spelling("mireille") == "mirey"
    assert french_spelling("auteuil") == "oteuy"
    assert french_spelling("ismail") == "ismail"  # no French ending: the name as written


def test_indonesian_and_malay_spellings() -> None:
    assert "hashim" in spoken_spellings("hasyim", arabic=True)  # sy before a vowel as sh
    assert "hafiz" in spoken_spellings("hafidz", arabic=True)
    assert "jaelani" in spoken_spellings("djaelani", arabic=True)  # the old spelling's dj
    assert "shlvia" not in spoken_spellings("sylvia", arabic=True)  # no vowel after the sy


def test_the_forms_russian_writes_of_baltic_and_polish_spellings() -> None:
    assert russian_forms("sergejs") == ("sergey",)  # Latvian
    assert russian_forms("lavrovas") == ("lavrov",)  # Lithuanian
    assert russian_forms("kowalska") == ("kovalskaya",)  # Polish
    assert russian_forms("williams") == ()  # English
    assert russian_forms("ivanov") == ()


def test_more_french_spanish_italian_and_german_sounds() -> None:
    assert "decart" in spoken_spellings("descartes", russian=True)  # Декарт
    assert not any(s.startswith("pat") for s in spoken_spellings("pasteur"))  # not inside
    assert "deshan" in spoken_spellings("deschamps", arabic=True)  # ديشان: a nasal amp
    assert "jiru" in spoken_spellings("giroud", arabic=True)  # جيرو: a final d after ou
    assert "ankhel" in spoken_spellings("angel", arabic=True)  # أنخيل: Spanish g before el
    assert "velaskes" in spoken_spellings("velazquez", arabic=True)  # z before a consonant
    assert "inyatsio" in spoken_spellings("ignazio", arabic=True)  # Italian z as ts
    assert "joakino" in spoken_spellings("gioachino", hebrew=True)  # Italian ch before i
    assert "luchiano" in spoken_spellings("luciano", arabic=True)  # ci first, no k
    assert "ainshtain" in spoken_spellings("einstein", arabic=True)  # a compound's stein
    assert "zheleznyak" in spoken_spellings("schelesnjak", russian=True)  # Железняк
    assert "shmit" in spoken_spellings("schmidt", russian=True)  # Шмидт as well
    assert "duse" in spoken_spellings("doucet", arabic=True)  # دوسيه: a final et said e
    assert "erdoan" in spoken_spellings("erdogan", hebrew=True)  # ארדואן: Turkish ğ
    assert "erdoan" not in spoken_spellings("erdogan", arabic=True)  # أردوغان writes it
    assert "runar" in spoken_spellings("renard", arabic=True)  # رونار: a French e as u
    assert "lupan" in spoken_spellings("lepen", arabic=True)  # لوبان: and a nasal en as an
    assert "lupan" not in spoken_spellings("lepen", russian=True)  # Ле Пен
    assert not any(s.endswith("an") for s in spoken_spellings("hussein", arabic=True))
    assert "cotiyar" in spoken_spellings("cotillard")  # ill before a said y
