"""Verdict quality on the blind corpora, pooled per group, with what each kind of conflict is worth.

    python benchmarks/blind_eval.py            # library runs (no Prefect): all groups, ablation
    python benchmarks/blind_eval.py --no-ablation
    python benchmarks/blind_eval.py --ner      # and again with spaCy's entity recognizer

Groups (each DIR holds raw/, curated/, gold.csv, written and labelled by annotators who never
saw the code, before any run):
- shared: ../shared/eval/blind/* (the rules were tuned looking at these);
- tune:   benchmarks/blind/tune/* (tuned on too);
- holdout: benchmarks/blind/holdout/* (never looked at: only these pooled figures);
- fresh:   benchmarks/blind/fresh/* (written by another annotator during issue 10's second stop,
  committed before any run, run only on that stop's final code: never looked at either);
- fresh2:  benchmarks/blind/fresh2/* (mountaineering, printing; written by a third annotator at the
  start of issue 10's third stop, committed before any run, run only on that stop's final code;
  its errors were read and tuned on in the fourth stop);
- fresh3:  benchmarks/blind/fresh3/* (maritime exploration, chess history; written by a fourth
  annotator at the start of issue 10's fourth stop, committed before any run; run once on that
  stop's final code, then its errors were read and tuned on in the fifth stop);
- fresh4:  benchmarks/blind/fresh4/* (volcanoes and earthquakes, space exploration; written by a
  fifth annotator at the start of issue 10's fifth stop, committed before any run; run once on that
  stop's final code, then its errors were read and tuned on in the sixth stop);
- fresh5:  benchmarks/blind/fresh5/* (bridges and tunnels, Olympic Games; written by a sixth annotator
  at the start of issue 10's sixth stop, committed before any run; run once on that stop's final
  code, then its errors were read and tuned on in the seventh stop);
- fresh6:  benchmarks/blind/fresh6/* (classical music, paleontology; written by a seventh annotator
  at the start of issue 10's seventh stop, committed before any run; run once on that stop's final
  code, then its errors were read and tuned on in the eighth stop);
- fresh7:  benchmarks/blind/fresh7/* (archaeology, genetics; written by a new annotator at the start
  of issue 10's eighth stop, committed before any run; run once on that stop's final code, then
  its errors were read and tuned on in the ninth stop);
- fresh8:  benchmarks/blind/fresh8/* (mathematics, botany; written by a new annotator at the start
  of issue 10's ninth stop, committed before any run; run once on that stop's first code, then its
  errors were read and tuned on in the same stop);
- fresh9:  benchmarks/blind/fresh9/* (meteorology, cryptography; written by a new annotator during
  issue 10's ninth stop, committed before any run; run once on that stop's final code, then its
  errors were read and tuned on in the tenth stop);
- fresh10: benchmarks/blind/fresh10/* (ornithology, horology; written by a new annotator at the
  start of issue 10's tenth stop, committed before any run; run once on that stop's final code, then
  its errors were read and tuned on in the eleventh stop);
- fresh11: benchmarks/blind/fresh11/* (entomology, glassmaking and ceramics; written by a new
  annotator at the start of issue 10's eleventh stop, committed before any run; run on that stop's
  first code, then its errors were read and tuned on in the same stop);
- fresh12: benchmarks/blind/fresh12/* (textiles and dyes, coffee, tea and spices; written by a new
  annotator during issue 10's eleventh stop, committed before any run; its errors were read and
  tuned on in the twelfth stop);
- fresh13: benchmarks/blind/fresh13/* (cycling, cartography and surveying; written by a new
  annotator at the start of issue 10's twelfth stop, committed before any run; its errors were
  read and tuned on in the thirteenth stop);
- fresh14: benchmarks/blind/fresh14/* (beekeeping, coins and money; written by a new annotator at
  the start of issue 10's thirteenth stop, committed before any run; its errors were read and
  tuned on in the fourteenth stop);
- fresh15: benchmarks/blind/fresh15/* (chocolate and confectionery, firefighting; written by a new
  annotator at the start of issue 10's fourteenth stop, committed before any run; its errors were
  read and tuned on in the fifteenth stop);
- fresh16: benchmarks/blind/fresh16/* (post and postage stamps, canals; written by a new annotator at
  the start of issue 10's fifteenth stop, committed before any run; its errors were read and tuned
  on in the sixteenth stop);
- fresh17: benchmarks/blind/fresh17/* (beer and brewing, playing cards and board games; written by a
  new annotator at the start of issue 10's sixteenth stop, committed before any run; its errors were
  read and tuned on in the seventeenth stop);
- fresh18: benchmarks/blind/fresh18/* (cheese and dairy, circus and stage magic; written by a new
  annotator at the start of issue 10's seventeenth stop, committed before any run; its errors were
  read and tuned on in the eighteenth stop);
- fresh19: benchmarks/blind/fresh19/* (perfume and fragrance, roller coasters and amusement parks;
  written by a new annotator at the start of issue 10's eighteenth stop, committed before any run;
  its errors were read and tuned on in the nineteenth stop);
- fresh20: benchmarks/blind/fresh20/* (elevators and escalators, ballet and stage dance; written by a
  new annotator at the start of issue 10's nineteenth stop, committed before any run; its errors were
  read and tuned on in the twentieth stop);
- fresh21: benchmarks/blind/fresh21/* (typewriters and office machines, tennis; written by a new
  annotator at the start of issue 10's twentieth stop, committed before any run; its errors were
  read and tuned on in the twenty-first stop);
- fresh22: benchmarks/blind/fresh22/* (national parks and protected areas, sewing machines, zippers
  and fasteners; written by a new annotator at the start of issue 10's twenty-first stop, committed
  before any run; its errors were read and tuned on in the twenty-second stop);
- fresh23: benchmarks/blind/fresh23/* (newspapers and the press, universities and colleges; written by a
  new annotator at the start of issue 10's twenty-second stop, committed before any run; its errors were
  read and tuned on in the twenty-third stop);
- fresh24: benchmarks/blind/fresh24/* (dictionaries and encyclopedias, comic strips and comic books;
  written by a new annotator at the start of issue 10's twenty-third stop, committed before any run; its
  errors were read and tuned on in the twenty-fourth stop);
- fresh25: benchmarks/blind/fresh25/* (musical instrument making, spectacles and optical lenses; written
  by a new annotator at the start of issue 10's twenty-fourth stop, committed before any run; its errors
  were read and tuned on in the twenty-fifth stop);
- fresh26: benchmarks/blind/fresh26/* (matches, lighters and candles; locks, keys and safes; written by a
  new annotator at the start of issue 10's twenty-fifth stop, committed before any run; its errors were
  read and tuned on in the twenty-sixth stop);
- fresh27: benchmarks/blind/fresh27/* (cosmetics, hair care and shaving; skating and skiing; written by a
  new annotator at the start of issue 10's twenty-sixth stop, committed before any run; its errors were
  read and tuned on in the twenty-seventh stop);
- fresh28: benchmarks/blind/fresh28/* (farm machinery; roads and traffic; written by a new annotator at
  the start of issue 10's twenty-seventh stop, committed before any run; its errors were read and tuned
  on in the twenty-eighth stop);
- fresh29: benchmarks/blind/fresh29/* (diving and submarines; vacuum cleaners and washing machines;
  written by a new annotator at the start of issue 10's twenty-eighth stop, committed before any run; its
  errors were read and tuned on in the twenty-ninth stop);
- fresh30: benchmarks/blind/fresh30/* (pens, ink and calculators; sailing, yachting and sea rescue;
  written by a new annotator at the start of issue 10's twenty-ninth stop, committed before any run; its
  errors were read and tuned on in the thirtieth stop);
- fresh31: benchmarks/blind/fresh31/* (canning, refrigeration and freezing; balloons, airships, kites and
  parachutes; written by a new annotator at the start of issue 10's thirtieth stop, committed before any run;
  its errors were read and tuned on in the thirty-first stop);
- fresh32: benchmarks/blind/fresh32/* (pharmacy, apothecaries and patent medicines; bells, organs and
  carillons; written by a new annotator at the start of issue 10's thirty-first stop, committed before any run;
  its errors were read and tuned on in the thirty-second stop);
- fresh33: benchmarks/blind/fresh33/* (dentistry, dentures and toothpaste; association football, clubs and the
  World Cup; written by a new annotator at the start of issue 10's thirty-second stop, committed before any run;
  its errors were read and tuned on in the thirty-third stop);
- fresh34: benchmarks/blind/fresh34/* (motorcycles, makers and racing; whaling, from Basque and Nantucket
  ships to the moratorium; written by a new annotator at the start of issue 10's thirty-third stop, committed
  before any run; its errors were read and tuned on in the thirty-fourth stop);
- fresh35: benchmarks/blind/fresh35/* (jazz, from New Orleans to bebop and beyond; toys and their makers,
  from Meccano and Hornby to LEGO and the Rubik's Cube; written by a new annotator at the start of issue 10's
  thirty-fourth stop, committed before any run; its errors were read and tuned on in the thirty-fifth stop);
- fresh36: benchmarks/blind/fresh36/* (golf, from St Andrews' rules to the majors; zoos and aquariums, from
  menageries to famous animals; written by a new annotator at the start of issue 10's thirty-fifth stop,
  committed before any run; its errors were read and tuned on in the thirty-sixth stop);
- fresh37: benchmarks/blind/fresh37/* (boxing, from the London Prize Ring rules to the four belts; television,
  from Baird and Farnsworth to networks, colour and famous programmes; written by a new annotator at the start
  of issue 10's thirty-sixth stop, committed before any run; its errors were read and tuned on in the
  thirty-seventh stop);
- fresh38: benchmarks/blind/fresh38/* (rowing, from the Boat Race and Henley to Olympic rowers and boats;
  animation, from early studio cartoons to anime, Pixar and computer animation; written by a new annotator at
  the start of issue 10's thirty-seventh stop, committed before any run; its errors were read and tuned on in
  the thirty-eighth stop);
- fresh39: benchmarks/blind/fresh39/* (cricket, from the Laws and the MCC to Test cricket, the Ashes and the
  World Cups; wine, from the 1855 Bordeaux classification and Champagne to phylloxera, the Judgement of Paris
  and appellations; written by a new annotator at the start of issue 10's thirty-eighth stop, committed before
  any run; its errors were read and tuned on in the thirty-ninth stop);
- fresh40: benchmarks/blind/fresh40/* (theatre, from London's Elizabethan playhouses to premieres and prizes;
  lighthouses, from Britain's and Ireland's towers, engineers and keepers to the world's lights and the Fresnel
  lens; written by a new annotator at the start of issue 10's thirty-ninth stop, committed before any run; its
  errors were read and tuned on in the fortieth stop);
- fresh41: benchmarks/blind/fresh41/* (railways, from the steam pioneers and the first main lines to speed
  records, tunnels and metros; circus, from Astley and the famous performers to Barnum, Ringling and Cirque du
  Soleil; written by a new annotator at the start of issue 10's fortieth stop, committed before any run; its
  errors were read and tuned on in the forty-first stop);
- fresh42: benchmarks/blind/fresh42/* (tea, from China and Japan to the tea trade, the clippers and the tea
  bag; surfing, from Hawaii and Duke Kahanamoku to boards, wetsuits, contests and big waves; written by a new
  annotator at the start of issue 10's forty-first stop, committed before any run; its errors were read and
  tuned on in the forty-second stop);
- fresh43: benchmarks/blind/fresh43/* (ice cream, from snow pits and ices to the American factory, the cone and
  soft serve; kites, from China and kite festivals around the world to kites in science, war and sport; written
  by a new annotator at the start of issue 10's forty-second stop, committed before any run; its errors were read
  and tuned on in the forty-third stop);
- fresh44: benchmarks/blind/fresh44/* (fireworks, from Chinese gunpowder to European displays, colour chemistry,
  famous shows, makers and festivals; dogs, breeds and their history, famous and working dogs, kennel clubs and
  shows; written by a new annotator at the start of issue 10's forty-third stop, committed before any run; its
  errors were read and tuned on in the forty-fourth stop);
- fresh45: benchmarks/blind/fresh45/* (origami, from Japanese ceremonial folds and Yoshizawa to crease patterns,
  folding mathematics and origami in engineering; board games, from senet and chess to modern designer games,
  tournaments and computer play; written by a new annotator at the start of issue 10's forty-fourth stop,
  committed before any run);
- fresh46: benchmarks/blind/fresh46/* (sewing machines, from Thimonnier, Howe and Singer to home machines and their
  makers; calendars, from the Julian and Gregorian reforms to other calendars, weeks and date standards; written by a
  new annotator at the end of issue 10's forty-fourth stop, committed before any run, for the next stop);
- fresh47: benchmarks/blind/fresh47/* (knitting, from the stocking frame to Fair Isle, Aran and Shetland lace and
  wartime knitting; skateboarding, from sidewalk surfing and urethane wheels to vert, street, contests and the
  Olympics; written by a new annotator at the start of issue 10's forty-fifth stop, committed before any run);
- fresh48: benchmarks/blind/fresh48/* (salt, from salt roads, taxes and the Salt March to mines, salt works and salt
  flats; puppetry, from Punch and Judy, marionettes, bunraku and shadow puppets to Jim Henson and the Muppets; written
  by a new annotator at the end of issue 10's forty-fifth stop, committed before any run, for the next stop);
- fresh49: benchmarks/blind/fresh49/* (fencing, from duelling schools and the three weapons to rules, federations,
  champions and the Olympics; submarines, from the early submersibles to U-boats, nuclear boats, famous boats and
  records; written by a new annotator at the start of issue 10's forty-sixth stop, committed before any run);
- fresh50: benchmarks/blind/fresh50/* (airships, from rigid zeppelins to blimps, semi-rigids, famous flights,
  disasters and records; opera, from premieres and composers to opera houses and singers; written by a new annotator
  at the end of issue 10's forty-sixth stop, committed before any run, for the next stop);
- fresh51: benchmarks/blind/fresh51/* (ice hockey, from Montreal and the Original Six to the Stanley Cup, great
  players, rules and Olympic hockey; horse racing, from the Derby at Epsom and the Jockey Club to the Triple Crown,
  the Melbourne Cup, famous horses and jockeys; written by a new annotator at the start of issue 10's forty-seventh
  stop, committed before any run);
- fresh52: benchmarks/blind/fresh52/* (glaciers and ice ages, from Agassiz and the ice-age theory to ice sheets, ice
  cores, retreating glaciers and Ötzi; judo and sumo, from Kano Jigoro and the Kodokan to Olympic judo, and sumo's
  ranks, tournaments, stables and yokozuna; written by a new annotator at the end of issue 10's forty-seventh stop,
  committed before any run, for the next stop);
- fresh53: benchmarks/blind/fresh53/* (basketball, from Naismith's peach baskets and the YMCA to the NBA, the ABA,
  college basketball, the Olympics, the shot clock and the three-point line; photography, from the camera obscura,
  Niépce, Daguerre and Talbot to Kodak, Leica, colour film, Polaroid and digital cameras; written by a new annotator
  at the start of issue 10's forty-eighth stop, committed before any run);
- fresh54: benchmarks/blind/fresh54/* (baseball, from Cartwright's rules and the Knickerbockers to the two leagues,
  the World Series, the Negro Leagues, great players, ballparks and the game in Japan and Cuba; telescopes and
  astronomy, from Galileo's and Newton's telescopes to the great refractors and reflectors, planets and moons found,
  observatories and space telescopes; written by a new annotator at the end of issue 10's forty-eighth stop,
  committed before any run, for the next stop);
- fresh55: benchmarks/blind/fresh55/* (cinema, from the Lumière brothers, Méliès and silent film to the studios, sound,
  Technicolor, the Academy Awards, the festivals, world cinema and blockbusters; castles and fortifications, from
  motte-and-bailey and Norman keeps to Edward I's Welsh castles, crusader castles, sieges, star forts, famous castles,
  city walls and the Great Wall; written by a new annotator at the start of issue 10's forty-ninth stop, committed
  before any run);
- fresh56: benchmarks/blind/fresh56/* (pirates and privateers, from Drake and the Barbary corsairs to the Golden Age,
  Port Royal and Nassau, famous ships, trials and Ching Shih; skyscrapers, from the Home Insurance Building and the
  Chicago School to New York's race, the World Trade Center, Petronas, Taipei 101 and the Burj Khalifa; written by a
  new annotator at the end of issue 10's forty-ninth stop, committed before any run, for the next stop);
- fresh57: benchmarks/blind/fresh57/* (aviation, from the Wright brothers, Blériot and Santos-Dumont to the record
  flights of Alcock and Brown, Lindbergh and Earhart, the jet engine, the sound barrier and the airliners from the DC-3
  to the 747 and Concorde; athletics, from the modern Olympics' track and field and the marathon to Bannister's mile,
  Owens, Beamon, Fosbury, Bolt, world records, World Athletics and doping cases; written by a new annotator at the
  start of issue 10's fiftieth stop, committed before any run);
- fresh58: benchmarks/blind/fresh58/* (polar exploration, from Nansen's Fram, Amundsen, Scott, Shackleton's Endurance
  and the disputed North Pole claims of Cook, Peary and Byrd to the Antarctic Treaty and the research stations; the
  chemical elements, who isolated or discovered them, where and when, Mendeleev's table, Davy's electrolysis, Ramsay's
  noble gases, the synthetic elements and their names, and processes such as Haber–Bosch; written by a new annotator
  at the end of issue 10's fiftieth stop, committed before any run, for the next stop);
- fresh59: benchmarks/blind/fresh59/* (rugby union and league, from the Webb Ellis story, Rugby School and the RFU
  to the 1895 split, the Five and Six Nations, the Lions and the Rugby World Cups; world's fairs and great
  exhibitions, from the Great Exhibition of 1851 and the Crystal Palace through Paris 1889, Chicago 1893, St. Louis
  1904, Brussels 1958, Expo 67 and Osaka 1970 to recent expos; written by a new annotator at the start of issue 10's
  fifty-first stop, committed before any run);
- fresh60: benchmarks/blind/fresh60/* (association football, from the Football Association of 1863 and its Laws, the
  FA Cup, the Football League and FIFA to the World Cups, clubs, players and records; Gothic and other great
  cathedrals, from Saint-Denis and Abbot Suger through Chartres, Notre-Dame, Reims, Amiens, Cologne, Salisbury,
  Canterbury, York, Milan and Seville to St Paul's and the Sagrada Família; written by a new annotator at the end of
  issue 10's fifty-first stop, committed before any run, for the next stop).
- fresh61: benchmarks/blind/fresh61/* (motor racing, from the Paris-Rouen trial of 1894 and the Gordon Bennett Cup
  to the Indianapolis 500, Le Mans and the Formula One World Championship, its champions, teams, circuits, records,
  accidents and safety changes; gardens and garden design, from Versailles and Le Notre and the English landscape
  garden (Stowe, Capability Brown, Repton) to Kew, the Chelsea Flower Show, Giverny, Japanese gardens, Sissinghurst
  and botanical and public gardens; written by a new annotator at the start of issue 10's fifty-second stop,
  committed before any run).
- fresh62: benchmarks/blind/fresh62/* (competitive swimming, from Webb's Channel swim and Ederle to the Olympic pool
  events, the strokes and their rules, FINA, great swimmers, world records, the 2009 suits and open water; bread and
  baking, from Egyptian leavened bread and Roman bakeries to sourdough, baker's yeast, the Chorleywood process, sliced
  bread, the baguette, pretzels and bagels, baking laws and baking chemistry; written by a new annotator at the end of
  issue 10's fifty-second stop, committed before any run, for the next stop).
- fresh63: benchmarks/blind/fresh63/* (robots and automata, from Hero of Alexandria, al-Jazari, Vaucanson's duck, the
  Jaquet-Droz writer and the Mechanical Turk to Capek's R.U.R., Asimov's laws, Unimate, Shakey and industrial, space
  and humanoid robots; sound recording, from the phonautograph and Edison's phonograph to Berliner's gramophone, 78s,
  magnetic tape, the LP and the 45, stereo, the compact cassette, the CD and digital audio; written by a new annotator
  at the start of issue 10's fifty-third stop, committed before any run).
- fresh64: benchmarks/blind/fresh64/* (archery and the bow, from prehistoric bows, the English longbow at Crecy and
  Agincourt, composite bows and the crossbow to the Olympic sport, its rules, World Archery, great archers, records and
  compound bows; dams and reservoirs, from Sadd el-Kafara and Marib through Hoover, Grand Coulee, Aswan, Itaipu and
  Three Gorges to the Johnstown, Vajont and Banqiao failures and gravity, arch, buttress and embankment dams; written
  by a new annotator at the end of issue 10's fifty-third stop, committed before any run, for the next stop).
- fresh65: benchmarks/blind/fresh65/* (the automobile and its makers, from Cugnot's steam carriage, Benz's
  Patent-Motorwagen and Daimler to Ford's Model T and the moving assembly line, Rolls-Royce, the Volkswagen Beetle,
  the Mini, Toyota and its production system, safety and electric and hybrid cars; ocean liners and famous
  shipwrecks, from Brunel's Great Western and Great Eastern and the Blue Riband to Cunard and White Star, the Titanic,
  the Lusitania, the Normandie, the Queens, the United States, the Andrea Doria, the Wilhelm Gustloff and the wreck
  discoveries; written by a new annotator at the start of issue 10's fifty-fourth stop, committed before any run).
- fresh66: benchmarks/blind/fresh66/* (ancient Egypt and the pyramids, from Djoser's Step Pyramid and Imhotep,
  Sneferu and the Great Pyramid to the Sphinx, Hatshepsut, Akhenaten, Tutankhamun and Carter, Ramesses II, the Rosetta
  Stone and Champollion; paper and papermaking, from papyrus, parchment and Cai Lun through Samarkand, Baghdad, Xativa
  and Fabriano to watermarks, the Fourdrinier machine, wood pulp, the sulfite and kraft processes, paper money, ISO
  216 and recycling; written by a new annotator at the end of issue 10's fifty-fourth stop, committed before any run;
  run on that stop's and the fifty-fifth stop's code, then its errors were read and tuned on in the fifty-sixth stop).
- fresh67: benchmarks/blind/fresh67/* (Western painting, from Giotto, Masaccio and van Eyck through Leonardo,
  Michelangelo, Raphael, Caravaggio, Rembrandt, Vermeer and Velázquez to Goya, the Salon des Refusés, the
  Impressionists, Van Gogh, Munch, the Fauves, Klimt and Guernica, the Mona Lisa theft and the Salvator Mundi sale;
  American football, from Rutgers-Princeton 1869 and Walter Camp's rules through the 1905 crisis, the forward pass,
  the NCAA, Rockne, the Heisman and the College Football Playoff to the NFL, the AFL merger, the Super Bowls, the Ice
  Bowl, the 1972 Dolphins and the records; written by a new annotator at the start of issue 10's fifty-fifth stop,
  committed before any run; its errors were read and tuned on in the fifty-sixth stop).
- fresh68: benchmarks/blind/fresh68/* (snooker, from Chamberlain's game at Jabalpur and John Roberts Jr. through the
  rules, the 147 break, Joe Davis's fifteen titles and Pot Black to the Crucible, its champions and records; civil
  nuclear power, from Chadwick's neutron and the discovery of fission through Chicago Pile-1, Obninsk, Calder Hall and
  Shippingport to reactor types, Windscale, Three Mile Island, Chernobyl, Fukushima, phase-outs and new plants; written
  by a new annotator at the end of issue 10's fifty-fifth stop, committed before any run; first run at the start of
  the fifty-sixth stop, never read).
- fresh69: benchmarks/blind/fresh69/* (gemstones and jewellery, from the Eureka and the Cullinan, the Koh-i-Noor and
  the Hope to Kimberley and De Beers, carats, the Mohs scale, the brilliant cut, synthetic diamonds and the Kimberley
  Process, coloured gems, cultured pearls, Tiffany, Cartier and Fabergé; women's suffrage, from Mill, the NUWSS and the
  WSPU through militancy, Davison and the 1918 and 1928 Acts, Finland, Norway, France and Switzerland, Seneca Falls and
  the 19th Amendment to New Zealand, Australia, Canada, Japan, Kuwait and Saudi Arabia; written by a new annotator at
  the start of issue 10's fifty-sixth stop, committed before any run; never read).
- fresh70: benchmarks/blind/fresh70/* (caves and caving, from Mammoth Cave, Carlsbad and Postojna to Waitomo, Son
  Doong, the Sarawak Chamber, Krubera and Veryovkina, Martel and speleology, Floyd Collins, Siffre, Sheck Exley and the
  Tham Luang rescue; constructed languages, from Zamenhof's Esperanto and its rivals Volapük, Ido, Occidental, Novial
  and Interlingua to the Lingua Ignota, Solresol, Tolkien's Elvish, Klingon, Dothraki, Na'vi, Newspeak, Lojban, Toki
  Pona and Blissymbols; written by a new annotator at the end of issue 10's fifty-sixth stop, committed before any
  run; first run at the start of the fifty-seventh stop on the fifty-sixth stop's code; never read).
- fresh71: benchmarks/blind/fresh71/* (gymnastics, from Jahn's Turnplatz, GutsMuths and Ling and the FIG through the
  apparatus, the named vaults and the end of the perfect 10 to Latynina, Čáslavská, Korbut, Comăneci, Retton, Strug,
  Scherbo, Uchimura, Douglas, Lee and Biles; electricity and electric light, from Gilbert, Gray, du Fay, the Leyden
  jar, Franklin, Galvani and Volta, Ørsted, Ohm and Faraday through cells and dynamos to Swan and Edison, Cragside,
  Godalming, Pearl Street, Tesla, Westinghouse and Niagara, lamps, rural electrification, the great blackouts and the
  LED; written by a new annotator at the start of issue 10's fifty-seventh stop, committed before any run; first run
  right after, on the fifty-sixth stop's code; never read).
- fresh72: benchmarks/blind/fresh72/* (ancient Rome, from the First Triumvirate, the Rubicon, Caesar's assassination
  and Actium through Augustus, the Julio-Claudians and the Flavians, the Colosseum and Vesuvius to Trajan, Hadrian's
  Wall, Constantine, the sacks of 410 and 455, 476 and 1453; video games, from Tennis for Two, Spacewar! and Pong
  through Space Invaders, Pac-Man, the 1983 crash, the NES, Tetris and the Game Boy to the PlayStation, Halo, Steam,
  the Wii, Minecraft, Fortnite and the Switch; written by a new annotator at the end of issue 10's fifty-seventh
  stop, committed before any run, for the next stop).
- fresh73: benchmarks/blind/fresh73/* (the history of psychology, from Fechner and Wundt's Leipzig laboratory, James
  and Freud through Pavlov, Thorndike, Watson and Skinner, the intelligence tests, Harlow, Bowlby and Piaget, Gage,
  Broca and H.M. to Asch, Milgram, Zimbardo, Loftus, Rosenhan, the DSM, Beck, Kahneman and Tversky and the 2015
  replication project; the samurai and feudal Japan, from the Genpei War and the Kamakura shogunate through the
  Mongol invasions, the Onin War, the matchlock at Tanegashima, Nobunaga, Hideyoshi and Ieyasu, Sekigahara and Osaka
  to Musashi, Shimabara, the forty-seven ronin, Perry, the Boshin War and the Satsuma Rebellion; written by a new
  annotator at the start of issue 10's fifty-eighth stop, committed before any run).
- fresh74: benchmarks/blind/fresh74/* (stock markets, bubbles and crashes, from the Dutch East India Company and tulip
  mania through the South Sea Bubble, the Buttonwood Agreement, the Dow, 1929 and the SEC to Black Monday, the
  dot-com bust, 2008 and Silicon Valley Bank; the Vikings, in Britain and Ireland, France, the Rus and Byzantium, and
  Iceland, Greenland and Vinland, with their ships, runes, towns and hoards; written by a new annotator at the end of
  issue 10's fifty-eighth stop, committed before any run, for the next stop).
- fresh75: benchmarks/blind/fresh75/* (the French Revolution and Napoleon, from the Estates-General and the Bastille
  through the Convention, the Terror and the Directory to Brumaire, the Civil Code, Austerlitz, Russia, Waterloo and St
  Helena; Greek mythology, from Hesiod's Theogony and the Titans through the Olympians and the heroes to the Trojan
  War and the Odyssey; written by a new annotator at the start of issue 10's fifty-ninth stop, committed before any
  run).
- fresh76: benchmarks/blind/fresh76/* (the petroleum industry, from Drake at Titusville, Standard Oil and Spindletop
  through the concessions, OPEC and the 1973 embargo to the North Sea, fracking and the great spills; libraries, from
  Ashurbanipal and Alexandria through the Bodleian and the Library of Congress to public libraries, Carnegie, Dewey and
  library losses; written by a new annotator at the end of issue 10's fifty-ninth stop, committed before any run, for
  the next stop).
- fresh77: benchmarks/blind/fresh77/* (the world's deserts, from the Sahara, the Namib and the Kalahari through the
  Empty Quarter and its crossings, the Gobi and the Taklamakan to the Australian deserts and Burke and Wills, the
  Atacama, Death Valley, dunes, desert life, heat records and desertification; US presidents and the presidency, from
  Washington to Reagan, the White House, inaugurations, assassinations, impeachment, the term-limit amendment, Mount
  Rushmore and Camp David; written by a new annotator at the start of issue 10's sixtieth stop, committed before any
  run).
- fresh78: benchmarks/blind/fresh78/* (crime detection and forensic science, from Bow Street, the Met, Vidocq, Pinkerton,
  the FBI and Interpol through Bertillon, fingerprints, Locard, poison tests, ballistics, the polygraph, luminol and DNA
  to Jack the Ripper, Crippen, the Lindbergh kidnapping and the Great Train Robbery; philosophy, from Thales, Socrates,
  Plato, Aristotle, the Stoics and Epicureans, Confucius and Laozi through Machiavelli and Kant to Hegel, Rawls, Arendt
  and Foot; written by a new annotator during issue 10's sixtieth stop, committed before any run, for the next stop).

    python benchmarks/blind_eval.py --no-ablation --groups holdout fresh   # some groups only

Matching of gold rows to claims is score.py's and blind_score.py's: the shortest claim whose
[start, end) holds the key's offset. Prints macro-F1, supported precision, contradiction
recall and leak per group, then per rule switched off (the figure lost is the rule's gain;
each corpus is parsed once and its claims judged again), and writes them to
benchmarks/results.json under "blind".
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import spacy  # noqa: E402

from pipeline import documents  # noqa: E402
from pipeline.ingest import ingest, load_facts  # noqa: E402
from pipeline.nlp import DEFAULT_MODEL, load_nlp  # noqa: E402
from pipeline.state import StateStore  # noqa: E402
from pipeline.verify.verifier import RULES, Thresholds, build_index, verify  # noqa: E402

GROUPS = {
    "shared": sorted((REPO.parent / "shared" / "eval" / "blind").glob("*/")),
    "tune": sorted((REPO / "benchmarks" / "blind" / "tune").glob("*/")),
    "holdout": sorted((REPO / "benchmarks" / "blind" / "holdout").glob("*/")),
    "fresh": sorted((REPO / "benchmarks" / "blind" / "fresh").glob("*/")),
    "fresh2": sorted((REPO / "benchmarks" / "blind" / "fresh2").glob("*/")),
    "fresh3": sorted((REPO / "benchmarks" / "blind" / "fresh3").glob("*/")),
    "fresh4": sorted((REPO / "benchmarks" / "blind" / "fresh4").glob("*/")),
    "fresh5": sorted((REPO / "benchmarks" / "blind" / "fresh5").glob("*/")),
    "fresh6": sorted((REPO / "benchmarks" / "blind" / "fresh6").glob("*/")),
    "fresh7": sorted((REPO / "benchmarks" / "blind" / "fresh7").glob("*/")),
    "fresh8": sorted((REPO / "benchmarks" / "blind" / "fresh8").glob("*/")),
    "fresh9": sorted((REPO / "benchmarks" / "blind" / "fresh9").glob("*/")),
    "fresh10": sorted((REPO / "benchmarks" / "blind" / "fresh10").glob("*/")),
    "fresh11": sorted((REPO / "benchmarks" / "blind" / "fresh11").glob("*/")),
    "fresh12": sorted((REPO / "benchmarks" / "blind" / "fresh12").glob("*/")),
    "fresh13": sorted((REPO / "benchmarks" / "blind" / "fresh13").glob("*/")),
    "fresh14": sorted((REPO / "benchmarks" / "blind" / "fresh14").glob("*/")),
    "fresh15": sorted((REPO / "benchmarks" / "blind" / "fresh15").glob("*/")),
    "fresh16": sorted((REPO / "benchmarks" / "blind" / "fresh16").glob("*/")),
    "fresh17": sorted((REPO / "benchmarks" / "blind" / "fresh17").glob("*/")),
    "fresh18": sorted((REPO / "benchmarks" / "blind" / "fresh18").glob("*/")),
    "fresh19": sorted((REPO / "benchmarks" / "blind" / "fresh19").glob("*/")),
    "fresh20": sorted((REPO / "benchmarks" / "blind" / "fresh20").glob("*/")),
    "fresh21": sorted((REPO / "benchmarks" / "blind" / "fresh21").glob("*/")),
    "fresh22": sorted((REPO / "benchmarks" / "blind" / "fresh22").glob("*/")),
    "fresh23": sorted((REPO / "benchmarks" / "blind" / "fresh23").glob("*/")),
    "fresh24": sorted((REPO / "benchmarks" / "blind" / "fresh24").glob("*/")),
    "fresh25": sorted((REPO / "benchmarks" / "blind" / "fresh25").glob("*/")),
    "fresh26": sorted((REPO / "benchmarks" / "blind" / "fresh26").glob("*/")),
    "fresh27": sorted((REPO / "benchmarks" / "blind" / "fresh27").glob("*/")),
    "fresh28": sorted((REPO / "benchmarks" / "blind" / "fresh28").glob("*/")),
    "fresh29": sorted((REPO / "benchmarks" / "blind" / "fresh29").glob("*/")),
    "fresh30": sorted((REPO / "benchmarks" / "blind" / "fresh30").glob("*/")),
    "fresh31": sorted((REPO / "benchmarks" / "blind" / "fresh31").glob("*/")),
    "fresh32": sorted((REPO / "benchmarks" / "blind" / "fresh32").glob("*/")),
    "fresh33": sorted((REPO / "benchmarks" / "blind" / "fresh33").glob("*/")),
    "fresh34": sorted((REPO / "benchmarks" / "blind" / "fresh34").glob("*/")),
    "fresh35": sorted((REPO / "benchmarks" / "blind" / "fresh35").glob("*/")),
    "fresh36": sorted((REPO / "benchmarks" / "blind" / "fresh36").glob("*/")),
    "fresh37": sorted((REPO / "benchmarks" / "blind" / "fresh37").glob("*/")),
    "fresh38": sorted((REPO / "benchmarks" / "blind" / "fresh38").glob("*/")),
    "fresh39": sorted((REPO / "benchmarks" / "blind" / "fresh39").glob("*/")),
    "fresh40": sorted((REPO / "benchmarks" / "blind" / "fresh40").glob("*/")),
    "fresh41": sorted((REPO / "benchmarks" / "blind" / "fresh41").glob("*/")),
    "fresh42": sorted((REPO / "benchmarks" / "blind" / "fresh42").glob("*/")),
    "fresh43": sorted((REPO / "benchmarks" / "blind" / "fresh43").glob("*/")),
    "fresh44": sorted((REPO / "benchmarks" / "blind" / "fresh44").glob("*/")),
    "fresh45": sorted((REPO / "benchmarks" / "blind" / "fresh45").glob("*/")),
    "fresh46": sorted((REPO / "benchmarks" / "blind" / "fresh46").glob("*/")),
    "fresh47": sorted((REPO / "benchmarks" / "blind" / "fresh47").glob("*/")),
    "fresh48": sorted((REPO / "benchmarks" / "blind" / "fresh48").glob("*/")),
    "fresh49": sorted((REPO / "benchmarks" / "blind" / "fresh49").glob("*/")),
    "fresh50": sorted((REPO / "benchmarks" / "blind" / "fresh50").glob("*/")),
    "fresh51": sorted((REPO / "benchmarks" / "blind" / "fresh51").glob("*/")),
    "fresh52": sorted((REPO / "benchmarks" / "blind" / "fresh52").glob("*/")),
    "fresh53": sorted((REPO / "benchmarks" / "blind" / "fresh53").glob("*/")),
    "fresh54": sorted((REPO / "benchmarks" / "blind" / "fresh54").glob("*/")),
    "fresh55": sorted((REPO / "benchmarks" / "blind" / "fresh55").glob("*/")),
    "fresh56": sorted((REPO / "benchmarks" / "blind" / "fresh56").glob("*/")),
    "fresh57": sorted((REPO / "benchmarks" / "blind" / "fresh57").glob("*/")),
    "fresh58": sorted((REPO / "benchmarks" / "blind" / "fresh58").glob("*/")),
    "fresh59": sorted((REPO / "benchmarks" / "blind" / "fresh59").glob("*/")),
    "fresh60": sorted((REPO / "benchmarks" / "blind" / "fresh60").glob("*/")),
    "fresh61": sorted((REPO / "benchmarks" / "blind" / "fresh61").glob("*/")),
    "fresh62": sorted((REPO / "benchmarks" / "blind" / "fresh62").glob("*/")),
    "fresh63": sorted((REPO / "benchmarks" / "blind" / "fresh63").glob("*/")),
    "fresh64": sorted((REPO / "benchmarks" / "blind" / "fresh64").glob("*/")),
    "fresh65": sorted((REPO / "benchmarks" / "blind" / "fresh65").glob("*/")),
    "fresh66": sorted((REPO / "benchmarks" / "blind" / "fresh66").glob("*/")),
    "fresh67": sorted((REPO / "benchmarks" / "blind" / "fresh67").glob("*/")),
    "fresh68": sorted((REPO / "benchmarks" / "blind" / "fresh68").glob("*/")),
    "fresh69": sorted((REPO / "benchmarks" / "blind" / "fresh69").glob("*/")),
    "fresh70": sorted((REPO / "benchmarks" / "blind" / "fresh70").glob("*/")),
    "fresh71": sorted((REPO / "benchmarks" / "blind" / "fresh71").glob("*/")),
    "fresh72": sorted((REPO / "benchmarks" / "blind" / "fresh72").glob("*/")),
    "fresh73": sorted((REPO / "benchmarks" / "blind" / "fresh73").glob("*/")),
    "fresh74": sorted((REPO / "benchmarks" / "blind" / "fresh74").glob("*/")),
    "fresh75": sorted((REPO / "benchmarks" / "blind" / "fresh75").glob("*/")),
    "fresh76": sorted((REPO / "benchmarks" / "blind" / "fresh76").glob("*/")),
    "fresh77": sorted((REPO / "benchmarks" / "blind" / "fresh77").glob("*/")),
    "fresh78": sorted((REPO / "benchmarks" / "blind" / "fresh78").glob("*/")),
}
V = ("supported", "contradicted", "unverified")


@dataclass
class Corpus:
    """One corpus ingested once: its claims (with their statements) and fact index, to judge again."""

    path: Path
    claims: list
    index: object
    texts: dict[str, str]


def ingest_once(corpus: Path, work: Path, nlp) -> Corpus:
    """Ingest with the library (segmentation, statements in context, one verification)."""
    out = work / corpus.name
    ingest(nlp, corpus / "raw", corpus / "curated", out / "review", out / "state")
    with StateStore(out / "state") as store:
        claims = store.claims()
    loaded = load_facts(corpus / "curated", out / "state")
    use_ner = "ner" in nlp.pipe_names
    index = build_index(loaded.facts, nlp, None if use_ner else loaded.cache, use_ner)
    return Corpus(corpus, claims, index, {})


def score(c: Corpus, t: Thresholds) -> Counter:
    """Judge the corpus's claims with ``t`` and count (gold, predicted) pairs as blind_score does."""
    verdicts = {m.claim_id: m.verdict for m in verify(c.claims, c.index, t)}
    by_src: dict[str, list] = {}
    for claim in c.claims:
        by_src.setdefault(claim.source, []).append(claim)
    k: Counter = Counter()
    with open(c.path / "gold.csv", newline="", encoding="utf-8") as fh:
        for g in csv.DictReader(fh):
            if g["path"] not in c.texts:
                c.texts[g["path"]] = documents.decode((c.path / "raw" / g["path"]).read_bytes(), g["path"])
            off = c.texts[g["path"]].find(g["key"])
            hits = [x for x in by_src.get(g["path"], []) if x.start <= off < x.end]
            hit = min(hits, key=lambda x: x.end - x.start) if hits else None
            k[(g["verdict"], verdicts[hit.claim_id] if hit else "none")] += 1
    return k


def figures(k: Counter) -> dict[str, float]:
    f1 = []
    for v in V:
        tp = k[(v, v)]
        pred = sum(n for (g, p), n in k.items() if p == v)
        gold = sum(n for (g, p), n in k.items() if g == v)
        prec, rec = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
        f1.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    sup = sum(n for (g, p), n in k.items() if p == "supported")
    none = sum(n for (g, p), n in k.items() if g == "none")
    contra = sum(n for (g, p), n in k.items() if g == "contradicted")
    return {"macro_f1": sum(f1) / 3, "supported_precision": k[("supported", "supported")] / sup if sup else 0.0,
            "contradiction_recall": k[("contradicted", "contradicted")] / contra if contra else 0.0,
            "leak": sum(n for (g, p), n in k.items() if g == "none" and p != "none") / none if none else 0.0,
            "rows": sum(k.values())}


def line(name: str, f: dict[str, float]) -> str:
    return (f"{name:<28} macro_f1={f['macro_f1']:.2f} supported_precision={f['supported_precision']:.2f} "
            f"contradiction_recall={f['contradiction_recall']:.2f} leak={f['leak']:.2f} rows={f['rows']:.0f}")


def ner_cost(nlps: list, rounds: int = 3) -> dict[str, float]:
    """Tokens per second of the two pipelines over every raw text of every group, interleaved."""
    import time

    texts = [documents.decode(p.read_bytes(), str(p)) for name in GROUPS for c in GROUPS[name]
             for p in sorted((c / "raw").rglob("*")) if p.is_file()]
    best = [float("inf"), float("inf")]
    tokens = 0
    for _ in range(rounds):
        for k, nlp in enumerate(nlps):
            start = time.perf_counter()
            tokens = sum(len(d) for d in nlp.pipe(texts, batch_size=64))
            best[k] = min(best[k], time.perf_counter() - start)
    return {"without": tokens / best[0], "with": tokens / best[1], "ratio": best[1] / best[0], "tokens": tokens}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--no-ablation", action="store_true", help="skip the runs with one rule off")
    p.add_argument("--ner", action="store_true", help="also with spaCy's entity recognizer (claims and facts)")
    p.add_argument("--groups", nargs="+", choices=sorted(GROUPS), default=list(GROUPS), metavar="GROUP",
                   help=f"the groups to run (default: all of {', '.join(GROUPS)})")
    args = p.parse_args(argv)
    groups = {name: GROUPS[name] for name in args.groups}
    work = Path(tempfile.mkdtemp(prefix="factledger-blind-"))
    results: dict[str, dict] = {}
    runs = [("", load_nlp())] + ([(" +ner", spacy.load(DEFAULT_MODEL))] if args.ner else [])
    for tag, nlp in runs:
        corpora = {name: [ingest_once(c, work / f"{name}{tag.strip()}", nlp) for c in groups[name]] for name in groups}
        for name, cs in corpora.items():
            total: Counter = Counter()
            for c in cs:
                k = score(c, Thresholds())
                total.update(k)
                print(line(f"  {name}/{c.path.name}{tag}", figures(k)))
            results[name + tag] = figures(total)
            print(line(f"{name}{tag} (pooled)", results[name + tag]), flush=True)
        if tag or args.no_ablation or not {"shared", "tune"} <= set(groups):
            continue
        print("\nwithout one rule (shared + tune pooled; holdout and fresh left alone):")
        for rule in sorted(RULES):
            k = Counter()
            for name in ("shared", "tune"):
                for c in corpora[name]:
                    k.update(score(c, replace(Thresholds(), rules=RULES - {rule})))
            results[f"without {rule}"] = figures(k)
            print(line(f"  without {rule}", results[f"without {rule}"]), flush=True)
    if args.ner:
        results["ner_cost"] = ner_cost([nlp for _, nlp in runs])
        print(f"\nspaCy tokens/s over every raw file, interleaved: without ner {results['ner_cost']['without']:,.0f}, "
              f"with ner {results['ner_cost']['with']:,.0f} ({results['ner_cost']['ratio']:.2f}x the time)")
    out = REPO / "benchmarks" / "results.json"
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    data["blind"] = {**data.get("blind", {}), **results} if set(groups) != set(GROUPS) else results
    out.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
