seat-err-together-split = diese Gäste müssen zusammensitzen (gleiche Gruppe oder Regel), bleiben aber an verschiedenen Tischen: { $where_ } — setzen Sie sie von Hand oder platzieren Sie mit --all neu
seat-where-no-seat = { $guests } (ohne Platz)
seat-where-at = { $guests } an „{ $table }“
seat-err-together-untouchable = an „{ $table }“ (VIP-Tisch oder nicht ausgewählt, also unverändert) sitzt { $with }; dazu gehören laut Gruppe oder Regel: { $guests } — setzen Sie sie von Hand
seat-err-party-too-large = eine Gruppe von { $count } muss zusammensitzen ({ $guests }), aber der größte Tisch hat { $seats } freie Plätze
seat-err-together-and-apart = { $a } und { $b } müssen zusammensitzen (direkt oder über ihre Gruppe) und dürfen nicht zusammensitzen
seat-err-apart-at-fixed = die Gruppe { $guests } gehört an „{ $table }“, wo jemand bleibt, mit dem sie nicht zusammensitzen darf
seat-err-too-many-apart = { $count } Gäste müssen alle getrennt sitzen ({ $guests }), aber nur { $tables } Tische haben einen freien Platz
seat-err-no-tables = es gibt keinen Tisch, an den jemand gesetzt werden kann (jeder logische Tisch ist VIP oder nicht ausgewählt)
seat-err-internal = die automatische Platzierung ist intern gescheitert (ein Fehler); nichts wurde geändert
unmet-no-seat = { $guest } hat keinen Platz (kein Platz mehr frei, oder eine Regel verhindert es)
unmet-pinned = { $guest } ist festgesetzt
unmet-untouchable = { $guest } sitzt an einem VIP-Tisch oder einem Tisch außerhalb dieses Laufs
unmet-not-in-run = { $guest } war nicht Teil dieses Laufs
unmet-rule = eine Regel „nicht zusammen“ (mit { $guest })
unmet-trade-off = der Plan ist so insgesamt besser (andere Wünsche oder Abteilungen wiegen mehr)
unmet-here-together = muss mit { $guest } zusammensitzen ({ $place })
unmet-here-apart = darf nicht mit { $guest } zusammensitzen, tut es aber
unmet-here-with = möchte mit { $guest } sitzen ({ $weight }; { $place })
unmet-here-not-with = sitzt mit { $guest }, obwohl besser getrennt ({ $weight })
seat-err-no-room-with-party = { $guests } muss/müssen mit { $with } sitzen (gleiche Gruppe oder Regel), der/die an „{ $table }“ bleibt, dort sind aber nur { $seats } Plätze frei — schaffen Sie dort Platz oder platzieren Sie alle mit --all neu
seat-err-access-at-fixed = { $guests } brauchen einen barrierefreien Tisch, bleiben aber mit ihrer Gruppe an „{ $table }“, der keiner ist: den Tisch als barrierefrei markieren oder die Gäste lösen
seat-quality-best = Das ist der bestmögliche Plan: keine Sitzordnung erreicht mehr.
seat-quality-gap = Höchstens { $gap } % unter dem bestmöglichen Plan (keine Sitzordnung erreicht mehr als { $bound }).
seat-quality-unknown = Wie nah das am bestmöglichen Plan ist, lässt sich nicht sagen (die Wünsche sind überwiegend negativ).
seat-stopped-proven = Nach { $seconds } s beendet: kein Plan kann besser sein.
seat-stopped-converged = Nach { $seconds } s beendet: in den letzten { $stale } von { $rounds } Runden nichts Besseres.
seat-stopped-steps = Seine { $steps } Schritte gelaufen.
seat-stopped-time = Die Zeit war nach { $seconds } s und { $rounds } Runden um; das ist der beste gefundene Plan.
seat-stopped-cancelled = Angehalten; das ist der beste bisher gefundene Plan.
seat-incomplete =
    { $count ->
    [one] 1 Gast hat noch keinen Platz, obwohl { $free } Plätze frei sind (auf mehrere Tische verteilt): dieser Plan wird nicht übernommen. Suchen Sie länger, oder setzen Sie einige Gäste von Hand und suchen Sie erneut.
    *[other] { $count } Gäste haben noch keinen Platz, obwohl { $free } Plätze frei sind (auf mehrere Tische verteilt): dieser Plan wird nicht übernommen. Suchen Sie länger, oder setzen Sie einige Gäste von Hand und suchen Sie erneut.
    }
