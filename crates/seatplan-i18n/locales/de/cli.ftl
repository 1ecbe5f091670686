### Die Ausgaben der Kommandozeile (Befehls- und Optionsnamen und --json-Schlüssel bleiben englisch).

cli-error = seatplan: Fehler: { $error }
cli-warning = seatplan: Warnung: { $warning }
cli-no-room = es gibt keinen Raum namens „{ $name }“
cli-no-table = es gibt keinen Tisch mit der Nummer „{ $number }“
cli-no-logical = es gibt keinen logischen Tisch namens „{ $name }“
cli-no-guest-email = es gibt keinen Gast mit der E-Mail-Adresse { $email }
cli-created = Leeren Plan { $file } angelegt
cli-guests-range = --guests muss zwischen 1 und 200000 liegen (angegeben: { $guests })
cli-wrote-demo = Demo-Plan { $file } geschrieben
cli-wrote = { $file } geschrieben
cli-wrote-pages = { $file } geschrieben ({ $pages ->
    [one] 1 Seite
   *[other] { $pages } Seiten
})
cli-wrote-two = { $first } und { $second } geschrieben
cli-wrote-emails = { $count ->
    [one] 1 E-Mail
   *[other] { $count } E-Mails
} und { $list } nach { $folder } geschrieben
cli-seated-without-email = Mit Platz, aber ohne E-Mail-Adresse ({ $count }): { $names }
cli-not-seated-no-email = Ohne Platz, keine E-Mail geschrieben ({ $count }): { $names }
cli-add-force = { $error }; mit --force wird sie ersetzt
cli-import-heading = { $file } — Blatt „{ $sheet }“, Kopfzeile in Zeile { $row }
cli-import-encoding = , gelesen als { $encoding }-Text
cli-more-problems = … und { $count } weitere (erst diese beheben, dann erneut importieren)
cli-import-problems = { $file }: { $count ->
    [one] 1 Problem
   *[other] { $count } Probleme
} — nichts wurde importiert
cli-import-no-changes = Keine Änderungen: Der Plan entspricht bereits der Datei.
cli-dry-run = Probelauf: nichts geschrieben.
cli-refuse-replace = wird nicht ersetzt (--force)
cli-cannot-remove = { $file }: kann nicht gelöscht werden
cli-nothing-to-change = Nichts zu ändern: Der Plan sieht bereits so aus.
cli-batch = Aktion { $batch }: { $what }
cli-undo-done = Erledigt: Rückgängigmachen von Aktion { $batch } als Aktion { $marker } gespeichert.
cli-redo-done = Erledigt: Wiederherstellen von Aktion { $batch } als Aktion { $marker } gespeichert.
cli-undo-needs-yes = Nichts geschrieben. Mit --yes erneut aufrufen, um sie rückgängig zu machen.
cli-redo-needs-yes = Nichts geschrieben. Mit --yes erneut aufrufen, um sie wiederherzustellen.
cli-preview-undo = Aktion { $batch } rückgängig machen: { $what }
cli-preview-redo = Aktion { $batch } wiederherstellen: { $what }
cli-preview-no-change = Der Plan würde sich nicht ändern (spätere Aktionen überschreiben es bereits).
cli-preview-consequences = Was es an der Sitzordnung ändert:
cli-preview-changes = Der Plan ändert sich ({ $count }):
cli-and-more = … und { $count } weitere
cli-preview-affected = Betroffene spätere Aktionen ({ $count }):
cli-preview-stops = wirkt nicht mehr: { $what } — { $reason }
cli-preview-starts = gilt wieder: Ereignis #{ $seq } ({ $kind })
cli-preview-overriding = Spätere Aktionen, die teils dasselbe festlegen (ihre Werte bleiben) ({ $count }):
cli-check-heading = { $file }: { $batches } Aktionen, { $events } Ereignisse
cli-check-integrity-ok = Integrität: in Ordnung
cli-check-integrity = Integrität: { $problem }
cli-check-backup = letzte Sicherung: { $file } ({ $taken })
cli-check-no-backup = letzte Sicherung: noch keine (Sicherungen entstehen, wenn das Fenster einen Plan öffnet)
cli-check-replay-differs = Wiedergabe: eine frische Wiedergabe weicht vom geladenen Stand ab
cli-check-replay-ok = Wiedergabe: in Ordnung, jedes wirksame Ereignis greift
cli-check-left-aside = Wiedergabe: in Ordnung; { $count ->
    [one] 1 Ereignis
   *[other] { $count } Ereignisse
} beiseitegelassen, weil Aktionen, auf denen sie aufbauten, rückgängig gemacht wurden oder aus einer anderen Kopie übernommene Änderungen nicht mehr zu ihnen passen (siehe Zeitleiste):
cli-check-damaged = Wiedergabe: BESCHÄDIGT — { $count ->
    [one] 1 Ereignis hat
   *[other] { $count } Ereignisse haben
} schon beim Schreiben nicht gegriffen (bearbeitete oder verlorene Zeilen?):
cli-check-more-left-aside = Wiedergabe: { $count ->
    [one] 1 weiteres Ereignis
   *[other] { $count } weitere Ereignisse
} wegen Rückgängigmachens oder Übernahmen beiseitegelassen
cli-summary = { $rooms ->
    [one] 1 Raum
   *[other] { $rooms } Räume
} · { $tables ->
    [one] 1 Tisch
   *[other] { $tables } Tische
} · { $logical ->
    [one] 1 logischer Tisch
   *[other] { $logical } logische Tische
} ({ $vip } VIP) · { $guests ->
    [one] 1 Gast
   *[other] { $guests } Gäste
} ({ $seated } mit Platz)
cli-summary-history = Verlauf: { $batches } Aktionen, { $events } Ereignisse; { $diagnostics } Wiedergabe-Hinweise
cli-rooms = Räume
cli-room-line = { $tables } Tische  { $seats } Plätze
cli-logical-tables = Logische Tische
cli-over-capacity = Überbelegt
cli-over-capacity-line = Tisch { $number }: { $guests } Gäste an { $seats } Plätzen
cli-unseated = Gäste ohne Platz: { $count }
cli-undone = rückgängig
cli-events = { $count ->
    [one] 1 Ereignis
   *[other] { $count } Ereignisse
}
help-about = Sitzplaner für große Veranstaltungen. Jede Änderung wird sofort gespeichert; jede frühere Aktion lässt sich rückgängig machen.
help-long-about =
    Sitzplaner für große Veranstaltungen. Jede Änderung wird sofort gespeichert; jede frühere Aktion lässt sich rückgängig machen.

    Ohne Befehl öffnet seatplan sein Fenster (mit DATEI gleich diesen Plan).
help-flag-version = Version anzeigen
help-flag-help = Hilfe anzeigen
help-command-help = Diese Hilfe oder die Hilfe des genannten Befehls anzeigen
help-command-help-arg = Der Befehl, der erklärt werden soll
help-heading-usage = Aufruf:
help-heading-commands = Befehle
help-heading-arguments = Argumente
help-heading-options = Optionen
help-arg-window-file = Ein Plan, der im Fenster geöffnet wird
help-arg-plan = Die Plandatei
help-arg-json = JSON statt Text ausgeben
help-arg-batch = Die Aktionsnummer (aus `history`) oder die ID der Aktion (aus `history --json`; sie ändert sich nie)
help-arg-sheet = Das zu lesende Blatt (sonst das erste sichtbare)
help-arg-sheetfile = Die Tabelle
help-arg-dry-run = Nur zeigen, was sich ändern würde
help-arg-logical-name = Der Name des logischen Tisches
help-arg-force-export = OUT ersetzen, falls es die Datei gibt (nie einen Plan oder eine andere Datenbank)
help-new = Einen leeren Plan anlegen
help-arg-new-file = Die neue Plandatei (z. B. feier.seatplan)
help-demo = Einen erzeugten Beispielplan schreiben (Räume, Tische, Gäste, eine Auslosung und ein glaubhafter Verlauf)
help-arg-demo-file = Die neue Plandatei
help-arg-guests = Anzahl der Gäste
help-arg-seed = Startwert des Generators (gleicher Startwert, gleicher Plan)
help-arg-force-demo = FILE ersetzen, wenn es eine vorhandene seatplan-Datei ist (nie eine andere Art von Datei)
help-show = Den aktuellen Plan zeigen
help-history = Den Verlauf zeigen, älteste Aktion zuerst
help-undo = Vorschau, was das Rückgängigmachen einer Aktion bewirkt; mit --yes rückgängig machen
help-arg-yes-undo = Nach der Vorschau rückgängig machen
help-redo = Vorschau, was das Wiederherstellen einer rückgängig gemachten Aktion bewirkt; mit --yes wiederherstellen
help-arg-yes-redo = Nach der Vorschau wiederherstellen
help-vip = Einen logischen Tisch zum VIP-Tisch machen (oder mit --off zu einem normalen)
help-arg-off = Stattdessen die VIP-Markierung entfernen
help-assign = Einem logischen Tisch einen physischen Tisch geben (oder mit --none wegnehmen)
help-arg-physical-number = Die Nummer des physischen Tisches
help-arg-unassign = Stattdessen die Zuordnung aufheben
help-seat = Einen Gast an einen logischen Tisch setzen (oder mit --none den Platz nehmen)
help-arg-guest-email = Die E-Mail-Adresse des Gastes
help-arg-unseat = Stattdessen den Platz nehmen
help-check = Integrität und Wiedergabe der Datei prüfen; Rückgabewert 0, wenn alles in Ordnung ist
cli-copy-extension = { $path }: eine Kopie eines Plans ist eine .seatplan-Datei, keine .{ $extension }-Datei; nichts wurde geschrieben
help-copy = Eine stimmige Kopie eines Plans für Kollegen speichern (auch während ein Fenster ihn offen hat)
help-arg-copy-file = Die Plandatei (wird nur gelesen)
help-arg-copy-out = Die Kopie (darf es noch nicht geben; .seatplan wird angehängt, wenn es fehlt)
help-import-guests = Eine Gästeliste (.xlsx, .xls, .ods, .csv) als eine rückgängig machbare Aktion importieren
help-import-draw = Die Tischauslosung (ändert nie VIP-Tische) als eine rückgängig machbare Aktion importieren
help-export-seating = Die Sitzlisten schreiben (.xlsx, dazu eine A–Z-.csv daneben namens OUT-a-z.csv)
help-arg-out-seating = Die zu schreibende Arbeitsmappe (.xlsx)
help-arg-force-seating = OUT und seine A–Z-.csv ersetzen, falls es sie gibt (nie einen Plan oder eine andere Datenbank)
help-export-floorplan = Den Grundriss maßstäblich und auf Querformat eingepasst als PDF, SVG oder PNG schreiben (den ganzen Ort oder einen Raum)
help-arg-out-floorplan = Die zu schreibende Datei; ihre Endung (.pdf, .svg, .png) wählt das Format
help-arg-room = Nur dieser Raum
help-arg-paper = Das Papier, auf das eingepasst wird: a4 (297 × 210 mm) oder a3 (420 × 297 mm), quer
help-print = Als PDF drucken: Grundriss, Sitzlisten, Tischkarten oder Platzkarten
help-arg-what = Was gedruckt wird: floor-plan (Grundriss), by-table (jeder Tisch mit seinen Gästen), a-z (jeder Gast mit seinem Tisch), table-cards (Tischkarten) oder place-cards (Platzkarten)
help-arg-out-pdf = Die zu schreibende PDF-Datei
help-arg-print-paper = Papier für den Grundriss (quer): a4 oder a3. Listen und Karten sind immer A4
help-arg-print-room = Grundriss nur dieses Raums
help-arg-each-room = Grundriss mit jedem Raum auf einer eigenen Seite
help-export-emails = Eine .eml je gesetztem Gast mit E-Mail-Adresse und dazu mail-merge.csv in einen Ordner schreiben
help-arg-email-dir = Der Ordner: neu, leer oder mit einem früheren E-Mail-Export (der ersetzt wird)
cli-usage-unknown-command = es gibt keinen Befehl „{ $name }“
cli-usage-unknown-argument = hier gibt es keine Option { $name }
cli-usage-missing = es fehlt: { $names }
cli-usage-invalid-value = „{ $value }“ ist kein Wert für { $name } (möglich: { $valid })
cli-usage-bad-value = „{ $value }“ ist kein gültiger Wert für { $name }
cli-usage-conflict = { $name } kann nicht zusammen mit { $other } verwendet werden
cli-usage-unexpected = unerwartetes Argument „{ $value }“
cli-usage-more = Mehr dazu mit „--help“.
help-value-file = DATEI
help-value-batch = AKTION
help-value-logical = LOGISCHER_TISCH
help-value-number = TISCHNUMMER
help-value-email = E_MAIL
help-value-sheet = TABELLE
help-value-out = AUSGABE
help-value-what = WAS
help-value-dir = ORDNER
help-value-command = BEFEHL
cli-not-a-length = { $what } muss eine Länge in Metern sein, etwa 12,5 oder 12.5 (nicht „{ $text }“)
cli-count-zero = --count muss mindestens 1 sein
cli-bad-seconds = --seconds muss größer als 0 und höchstens 3600 sein (angegeben: „{ $seconds }“)
cli-auto-seat-score = Punktzahl { $before } → { $after }
cli-auto-seat-counts =
    { $placed ->
    [one] 1 Gast platziert
    *[other] { $placed } Gäste platziert
    } · { $moved } umgesetzt · { $unseated } ohne Platz
cli-auto-seat-table = „{ $table }“: { $changes }
cli-auto-seat-all-met = Jeder Wunsch ist erfüllt.
cli-auto-seat-unmet =
    { $count ->
    [one] 1 Wunsch nicht erfüllt:
    *[other] { $count } Wünsche nicht erfüllt:
    }
cli-auto-seat-unmet-line = { $guest } und { $with } ({ $wish }): { $reason }
cli-auto-seat-again = Nichts wurde geändert: mit --yes erneut aufrufen, um sie zu platzieren (die Suche beginnt neu).
help-add-room = Einen Raum hinzufügen, neben die vorhandenen Räume gesetzt
help-arg-room-name = Der Name des Raums
help-arg-width = Breite in Metern (12,5 oder 12.5)
help-arg-height = Tiefe im Raumplan in Metern
help-add-tables = Tische in einem Raster in einen Raum stellen, weiter nummeriert ab der höchsten Tischnummer
help-arg-tables-room = Der Raum
help-arg-count = Wie viele Tische
help-arg-seats = Plätze je Tisch
help-arg-shape = round (rund) oder rectangular (rechteckig)
help-arg-first = Die erste Tischnummer (sonst eins mehr als die höchste)
help-add-logical = Einen logischen Tisch anlegen (wahlweise mit seinem physischen Tisch oder als VIP-Tisch)
help-arg-logical-new = Der Name des logischen Tisches
help-arg-logical-table = Der physische Tisch, den er bekommt
help-arg-vip = Zum VIP-Tisch machen
help-import-wishes = Wünsche (Gast, Mit, Gewicht, Regel) als eine rückgängig machbare Aktion importieren
help-auto-seat = Gäste automatisch nach ihren Wünschen platzieren; eine Vorschau, oder mit --yes eine rückgängig machbare Aktion
help-arg-all = Jeden nicht festgesetzten Gast außerhalb von VIP-Tischen neu platzieren (sonst nur Gäste ohne Platz)
help-arg-min-known = Niemand allein: jeder Gast kennt mindestens K am Tisch
help-arg-department-weight = Gewicht eines Paares aus derselben Abteilung an einem Tisch (0: aus)
help-arg-steps = Ein Budget in Arbeitsschritten statt Sekunden: derselbe Startwert ergibt dann auf jedem Rechner denselben Plan (1.000.000 Schritte dauern etwa eine Sekunde)
help-arg-seconds = Zeitbudget in Sekunden
help-arg-search-seed = Startwert der Suche
help-arg-auto-yes = Das Ergebnis übernehmen (eine Aktion)
help-value-name = NAME
help-value-room = RAUM
cli-auto-seat-exempt =
    Von „niemand allein“ ausgenommen (weniger Wünsche als verlangt): { $count ->
    [one] 1 Gast
    *[other] { $count } Gäste
    } — { $names }
cli-no-field = es gibt kein Feld „{ $name }“
cli-choice-needs-options = ein Auswahlfeld braucht seine Optionen: --options A,B,…
cli-options-only-for-choice = --options gehören zu einem Auswahlfeld (--kind choice)
cli-bad-field-value = „{ $value }“ passt nicht zum Feld „{ $field }“ ({ $kind })
cli-bad-field-value-options = „{ $value }“ passt nicht zum Feld „{ $field }“ ({ $kind }: { $options })
help-field = Ein eigenes Gästefeld anlegen, umbenennen oder entfernen, oder seine Optionen ergänzen und umbenennen
help-pin = Einen Gast an seinem Platz festhalten (automatisches Setzen lässt ihn dort), oder mit --off lösen
help-arg-unpin = Den Gast stattdessen lösen
cli-pin-already = { $guest } ist schon festgehalten; nichts geändert
cli-unpin-already = { $guest } ist nicht festgehalten; nichts geändert
help-set = Den Wert eines eigenen Feldes für einen Gast setzen (ein leerer Wert leert ihn)
help-arg-set-guest = Der Gast: E-Mail-Adresse oder „Vorname Nachname“, wenn nur ein Gast so heißt
help-arg-field-name = Der Name des Feldes
help-arg-field-value = Der Wert (ja/nein, yes/no; eine Zahl; eine der Optionen einer Auswahl; Text)
help-field-add = Ein Feld anlegen
help-field-rename = Ein Feld umbenennen (die Werte bleiben)
help-field-remove = Ein Feld mit seinen Werten entfernen (Rückgängig holt sie zurück)
help-arg-field-kind = Welche Werte es annimmt: text, yes-no oder ja-nein, choice oder auswahl, number oder zahl
help-arg-field-options = Die Optionen einer Auswahl, durch Kommas getrennt
help-arg-field-new = Der neue Name
cli-bad-department-weight = --department-weight muss zwischen 0 und { $max } liegen (angegeben: { $weight })
cli-and-n-more = und { $count } weitere
cli-auto-seat-without-seat = Ohne Platz: { $names }
cli-auto-seat-lower = Die Punktzahl sinkt: die Regeln (niemand allein, nicht zusammen, Plätze) kosten mehr, als die Wünsche bringen.
help-arg-new-fields = Spalten, die kein eingebautes Feld liest, werden neue eigene Felder (Art aus den Werten erraten)
cli-import-empty-clears-hint = (mit --empty-clears werden Werte mit leerer Zelle gelöscht)
help-arg-empty-clears = Eine leere Zelle leert den Wert eines vorhandenen Gastes (nicht Namen, nicht den Tisch); ohne dies behält eine leere Zelle den Wert
help-arg-group-by = Ein eigenes Feld, dessen gleiche Werte gern zusammensitzen, statt der Abteilung (--department-weight ist sein Gewicht)
help-arg-print-fields = Sitzlisten (nach Tischen, A–Z): eigene Felder neben jedem Gast (durch Kommas getrennt)
help-field-add-option = Einem Auswahlfeld eine Option hinzufügen
help-field-rename-option = Eine Option eines Auswahlfelds umbenennen (wer sie gewählt hat, behält sie)
help-arg-field-option = Die neue Option
help-arg-field-option-from = Die Option, wie sie jetzt heißt
help-arg-field-option-to = Ihr neuer Name
help-accessible = Tische als barrierefrei markieren – stufenlos, nahe der Tür (oder nicht, mit --off)
help-arg-accessible-numbers = Die Tischnummern
help-arg-accessible-off = Stattdessen als nicht barrierefrei markieren
help-arg-needs-access = Ein Ja/Nein-Feld: Gäste mit „ja“ (und ihre Gruppe) sitzen nur an barrierefreien Tischen
cli-needs-access-yes-no = „{ $name }“ ist kein Ja/Nein-Feld: --needs-access braucht ein Ja/Nein-Feld wie „Rollstuhl“
help-recover = Einen neuen Plan mit allen noch lesbaren Aktionen eines beschädigten schreiben; aufzählen, was fehlt
help-arg-recover-file = Der beschädigte Plan (wird nur gelesen, nie verändert)
help-arg-recover-out = Der neue Plan (darf noch nicht existieren)
cli-hint-recover = `seatplan recover DATEI NEU.seatplan` schreibt einen neuen Plan mit allen Aktionen, die sich noch lesen lassen.
cli-recovered = { $out } geschrieben: { $kept } von { $found } Aktionen ({ $events } Ereignisse) gerettet.
cli-recovered-wal-left-aside = Die „-wal“-Datei daneben blieb außen vor: Sie stammte aus einem anderen Moment und hätte Aktionen zurückgenommen, die die Datei enthält.
cli-recovered-all = Nichts fehlt.
cli-recovered-left-out = Weggelassen:
cli-recovered-line =   #{ $batch } { $description } – { $reason }
cli-recovered-skipped = { $count } Ereignisse behaltener Aktionen greifen nicht mehr, weil fehlt, worauf sie aufbauten (`check` führt sie als beiseitegelassen):
cli-recovered-untouched = { $file } wurde nicht verändert.
cli-unknown-placeholders = Warnung: die E-Mail-Vorlage enthält { $list }, das ist kein Platzhalter (ein Tippfehler oder ein umbenanntes oder entferntes Feld): es steht so in den E-Mails.
cli-fields-only-lists = --fields gilt für die Sitzlisten (by-table, a-z); dieser Ausdruck zeigt keine Gästefelder
cli-accessible-tables = Barrierefreie Tische: { $list }
cli-fields-heading = Gästefelder
cli-recovered-rebuilt = Behalten, ihr verlorener Eintrag aus ihren Ereignissen neu gebaut: { $list }
cli-auto-seat-no-accessible-room =   Davon brauchen { $names } einen barrierefreien Tisch (mit ihrer Gruppe), und keiner hat Platz: weitere Tische als barrierefrei markieren.
cli-recovered-partial = Teilweise behalten (die lesbaren Ereignisse; ein Rückgängig nimmt jede zurück) — andere Kopien des Plans liefern die verlorenen Teile nicht nach: übernehmen Sie sie in eine Kopie mit den vollständigen Aktionen, nicht in diese:
help-field-remove-option = Eine Option eines Auswahlfelds entfernen (wer sie gewählt hat, hat dann keine; Rückgängig holt sie zurück)
help-arg-field-option-gone = Die zu entfernende Option
help-merge = Änderungen aus einer anderen Kopie des Plans übernehmen: Vorschau, was sie bringt; mit --yes übernehmen
help-arg-merge-file = Die Plandatei (mit --yes geändert)
help-arg-merge-other = Die andere Kopie (wird nur gelesen)
help-arg-yes-merge = Nach der Vorschau übernehmen
help-arg-json-merge = Die Vorschau als JSON ausgeben
cli-merge-heading =
    { $count ->
        [one] { $from } bringt eine Aktion, die dieser Plan nicht hat.
       *[other] { $from } bringt { $count } Aktionen, die dieser Plan nicht hat.
    }
cli-merge-conflicts = Konflikte ({ $count }) — beide Kopien haben dasselbe geändert; auf jeder Kopie gilt derselbe Wert — normalerweise die spätere Änderung:
cli-merge-skipped = Änderungen, die zusammen nicht mehr gelten ({ $count }):
cli-merge-by = Von { $who } ({ $count }):
cli-merge-done = { $count } Aktionen als #{ $batch } übernommen; #{ $batch } rückgängig machen nimmt sie alle zurück.
cli-merge-nothing = Nichts zu übernehmen: dieser Plan hat schon jede Aktion der anderen Kopie.
cli-merge-needs-yes = Nichts wurde geändert. Mit --yes erneut ausführen, um sie zu übernehmen.
cli-bad-batch = „{ $text }“ ist weder eine Aktionsnummer noch eine Aktions-ID (siehe `history --json`)
cli-no-such-action = Keine Aktion hat eine ID, die mit „{ $text }“ beginnt
cli-ambiguous-action = { $count } Aktionen haben IDs, die mit „{ $text }“ beginnen: geben Sie mehr von der ID an
cli-merge-over-capacity = Tische nach dem Übernehmen überbelegt ({ $count }):
