### Das Fenster.

menu-file = Datei
menu-edit = Bearbeiten
menu-view = Ansicht
menu-help = Hilfe
menu-theme = Farbschema
menu-language = Sprache
menu-language-system = Wie das System
theme-system = Wie das System
theme-light = Hell
theme-dark = Dunkel
menu-shortcuts = Tastenkürzel
menu-log-folder = Protokollordner öffnen
menu-about = Über seatplan
menu-new = Neuer Plan…
menu-open = Öffnen…
menu-open-demo = Demo öffnen (1.500 Gäste)
menu-open-recent = Zuletzt geöffnet
menu-save-copy = Kopie speichern unter…
menu-import-guests = Gäste importieren…
menu-import-draw = Tischauslosung importieren…
menu-export-seating = Sitzliste exportieren…
menu-print = Drucken…
menu-guest-email = Gäste-E-Mail…
menu-export-emails = Gäste-E-Mails exportieren…
menu-close = Plan schließen
menu-undo = Rückgängig
menu-redo = Wiederherstellen
menu-delete = Auswahl löschen…
window-failed = das Fenster konnte nicht geöffnet werden: { $error }
timeline-by = { $at } von { $by } · { $events ->
    [one] 1 Ereignis
   *[other] { $events } Ereignisse
}
timeline-undone = rückgängig gemacht
timeline-search = Verlauf durchsuchen
timeline-redo-this = Diese Aktion wiederherstellen
timeline-undo-this = Diese Aktion rückgängig machen
timeline-view-as-of = Stand hier ansehen
timeline-view-as-of-tip = Den ganzen Plan so zeigen, wie er direkt nach dieser Aktion war (nur lesen)
and-more = … und { $count } weitere
start-tagline = Sitzpläne für große Feiern. Jede Änderung wird sofort gespeichert.
start-demo-tip = Eine erzeugte Firmenfeier mit Räumen, Tischen, Gästen und einem Verlauf
start-dialog-open = Ein Dateidialog ist offen…
start-recent = Zuletzt geöffnete Pläne
start-backups = Sicherungen
start-backups-note = Bei jedem Öffnen eines Plans angelegt; Wiederherstellen erzeugt eine neue Datei.
start-restore = { $plan } wiederherstellen — { $taken }
logical-filter = Filter
logical-summary = { $count ->
    [one] 1 logischer Tisch
   *[other] { $count } logische Tische
} · { $unassigned } ohne echten Tisch
logical-new = Neuer logischer Tisch
logical-create = Anlegen
logical-over = überbelegt
logical-no-table = kein Tisch
logical-table = Tisch { $number }
logical-row-tip = Auf einen echten Tisch ziehen, um ihn zu vergeben; Gäste hier ablegen, um sie zu setzen.
notice-no-backup = Geöffnet, aber keine Sicherung möglich: { $error }
notice-cannot-open-plan = Der Plan konnte nicht geöffnet werden: { $error }
notice-cannot-create = { $path } konnte nicht angelegt werden: { $error }
notice-restored = Sicherung wiederhergestellt als { $path }
notice-cannot-restore = Die Sicherung konnte nicht wiederhergestellt werden: { $error }
notice-cannot-write-demo = Der Demo-Plan konnte nicht geschrieben werden: { $error }
notice-unknown-error = unbekannter Fehler
notice-panic = Etwas ist schiefgegangen ({ $what }); Einzelheiten stehen im Protokoll ({ $log }). Ihr Plan ist sicher: Jede Änderung wurde gespeichert, bevor sie angezeigt wurde.
title-as-of = { $name } — Stand #{ $batch } (nur lesen) — seatplan
print-as-of = { $plan } Stand: #{ $batch }
banner-read-only = Änderungen können nicht mehr in dieser Datei gespeichert werden. { $reason }
banner-as-of = Plan im Stand #{ $batch } „{ $what }“ — nur lesen
banner-back-to-now = Zurück zu jetzt
status-events = { $count ->
    [one] 1 Ereignis
   *[other] { $count } Ereignisse
}
status-at-table = { $at_table }/{ $total } Gäste an einem Tisch
status-without-table = { $count } an einem logischen Tisch ohne Tisch
status-unseated = { $count } ohne Platz
status-over-capacity = { $count ->
    [one] 1 Tisch überbelegt
   *[other] { $count } Tische überbelegt
}
status-diagnostics = { $count ->
    [one] 1 Änderung greift nicht mehr
   *[other] { $count } Änderungen greifen nicht mehr
}
status-diagnostics-tip = Einige spätere Änderungen hängen von rückgängig gemachten Aktionen ab; Einzelheiten zeigt `seatplan check`.
status-saved = Jede Änderung wird automatisch gespeichert
tab-guests = Gäste
tab-logical-tables = Logische Tische
panel-inspector = Eigenschaften
panel-timeline = Zeitleiste
drag-seat-one = { $name } setzen
drag-seat-many = { $count } Gäste setzen
drag-assign = „{ $name }“ vergeben
notice-read-only-past = Sie sehen einen früheren Stand (nur lesen). Zum Bearbeiten zurück zu jetzt.
notice-cannot-open = { $path } konnte nicht geöffnet werden: { $error }
notice-nothing-to-undo = Nichts rückgängig zu machen.
notice-nothing-to-redo = Nichts wiederherzustellen.
notice-undid = Rückgängig gemacht #{ $batch }: { $what }
notice-redid = Wiederhergestellt #{ $batch }: { $what }
notice-over-capacity-table = Tisch { $number } hat { $guests } Gäste an { $seats } Plätzen
notice-over-capacity = Überbelegt: { $tables }.
notice-dismiss = Schließen
notice-cannot-save-settings = Die Einstellungen konnten nicht gespeichert werden: { $error }
export-wrote-floor-plan = Raumplan nach { $path } geschrieben
export-failed = Export nicht möglich: { $error }
export-wrote-printout = { $what } ({ $pages ->
    [one] 1 Seite
   *[other] { $pages } Seiten
}) nach { $path } geschrieben
export-print-failed = Drucken nicht möglich: { $error }
export-no-email = { $count ->
    [one] 1 Gast mit Platz hat keine E-Mail-Adresse
   *[other] { $count } Gäste mit Platz haben keine E-Mail-Adresse
}
export-not-seated = { $count ->
    [one] 1 Gast hat keinen Platz
   *[other] { $count } Gäste haben keinen Platz
}
export-copy-failed = Die Kopie konnte nicht gespeichert werden: { $error }
delete-room-tables = { $count ->
    [one] Sein Tisch wird mitgelöscht.
   *[other] Seine { $count } Tische werden mitgelöscht.
}
delete-room-holders = { $count ->
    [one] 1 logischer Tisch verliert seinen Tisch: { $names }.
   *[other] { $count } logische Tische verlieren ihren Tisch: { $names }.
}
delete-room-title = Raum „{ $name }“ löschen?
delete-table-title = Tisch { $number } löschen?
delete-tables-title = { $count } Tische löschen ({ $numbers })?
delete-tables-holders = { $count ->
    [one] { $names } verliert seinen Tisch; die Gäste bleiben dort gesetzt.
   *[other] { $names } verlieren ihre Tische; die Gäste bleiben dort gesetzt.
}
delete-logical-guests = { $count ->
    [one] 1 Gast dort verliert seinen Platz.
   *[other] { $count } Gäste dort verlieren ihren Platz.
}
delete-logical-table-free = Tisch { $number } wird frei.
delete-logical-title = Logischen Tisch „{ $name }“ löschen?
delete-guest-title = Gast { $name } löschen?
delete-guests-title = { $count } Gäste löschen?
list-and-more = { $items } und { $count } weitere
delete-undo-later = Sie können das später in der Zeitleiste rückgängig machen.
button-delete = Löschen
button-cancel = Abbrechen
preview-undo-title = #{ $batch } rückgängig machen: { $what }?
preview-redo-title = #{ $batch } wiederherstellen: { $what }?
preview-confirm-undo = Rückgängig machen bestätigen
preview-confirm-redo = Wiederherstellen bestätigen
preview-no-change = Der Plan würde sich nicht ändern (spätere Aktionen legen dasselbe bereits fest)
preview-changes = { $count ->
    [one] 1 Änderung am Plan
   *[other] { $count } Änderungen am Plan
}
preview-affected = { $count ->
    [one] 1 spätere Aktion betroffen
   *[other] { $count } spätere Aktionen betroffen
}
preview-consequence-list =
    { $count ->
    [one] Anzeigen
    *[other] Alle { $count } anzeigen
    }
preview-consequence-first = Die ersten { $count } anzeigen
preview-none-affected = keine spätere Aktion betroffen
preview-overriding = { $count ->
    [one] 1 spätere Aktion legt dasselbe fest und behält ihre Werte
   *[other] { $count } spätere Aktionen legen dasselbe fest und behalten ihre Werte
}
preview-affected-title = Betroffene spätere Aktionen ({ $count }) — einige ihrer Änderungen greifen nicht mehr oder wieder
preview-stops = wirkt nicht mehr: { $what } — { $reason }
preview-starts = { $count ->
    [one] 1 Änderung greift wieder
   *[other] { $count } Änderungen greifen wieder
}
preview-overriding-title = Spätere Aktionen, die teils dasselbe festlegen ({ $count }) — ihre Werte bleiben
key-new = Neuer Plan
key-open = Plan öffnen
key-print = Drucken (Raumplan, Listen, Karten)
key-find = Gäste suchen
key-undo = Letzte Aktion rückgängig machen
key-redo = Zuletzt rückgängig gemachte Aktion wiederherstellen
key-fit = Alles zeigen
key-delete-keys = Entf
key-delete = Auswahl löschen (mit Rückfrage)
key-escape-keys = Esc
key-escape = Werkzeug abbrechen / Auswahl aufheben
key-shift-click-keys = Umschalt+Klick
key-shift-click = Tisch zur Auswahl hinzufügen
key-shift-drag-keys = Umschalt+Ziehen
key-shift-drag = Tische in einem Rahmen auswählen
key-pan-keys = Freie Fläche ziehen / mittlere Maustaste
key-pan = Raumplan verschieben
key-room-keys = Raum anklicken, dann ziehen
key-room = Raum verschieben (ein nicht ausgewählter Raum verschiebt die Ansicht)
key-zoom-keys = Mausrad / Zwei-Finger-Geste
key-zoom = Am Mauszeiger zoomen
about-line-1 = Sitzplaner für große Veranstaltungen.
about-line-2 = Jede Änderung wird sofort gespeichert; jede frühere Aktion kann rückgängig gemacht werden.
inspector-not-a-number = „{ $text }“ ist keine Zahl
inspector-nothing = Nichts ausgewählt
inspector-nothing-hint = Einen Raum oder Tisch im Raumplan anklicken, oder einen Gast oder logischen Tisch in der Liste.
inspector-tables-selected = { $count } Tische ausgewählt
inspector-tables-seats = { $seats } Plätze insgesamt. Einen davon ziehen, um alle zusammen zu verschieben.
inspector-guests-selected = { $count } Gäste ausgewählt
inspector-guests-hint = Auf einen Tisch ziehen, um sie zusammen zu setzen.
inspector-delete-guests = Gäste löschen…
inspector-room = Raum „{ $name }“
inspector-name = Name
inspector-width = Breite (m)
inspector-height = Tiefe (m)
inspector-left = Links (m)
inspector-top = Oben (m)
inspector-room-totals = { $tables ->
    [one] 1 Tisch
   *[other] { $tables } Tische
}, { $seats ->
    [one] 1 Platz
   *[other] { $seats } Plätze
}
inspector-delete-room = Raum löschen…
inspector-table = Tisch { $number }
inspector-in-room = in { $room }
inspector-number = Nummer
inspector-seats = Plätze
inspector-not-seats = „{ $text }“ ist keine Anzahl von Plätzen
inspector-shape = Form
inspector-diameter = Durchmesser (m)
inspector-depth = Tiefe (m)
inspector-rotation = Drehung (°)
inspector-logical = Logischer Tisch
inspector-none = keiner
inspector-logical-now-at = { $name } (jetzt Tisch { $number })
inspector-duplicate = Duplizieren
inspector-duplicate-tip = Tisch(e) 1 m nach rechts unten kopieren, mit den nächsten freien Nummern
inspector-rotate = Um 90° drehen
inspector-rotate-tip = Rechteckige Tische um 90° um ihre Mitte drehen
inspector-delete-table = Tisch löschen…
inspector-delete-tables = Tische löschen…
inspector-vip-table = VIP-Tisch (von Hand platziert)
inspector-physical = Echter Tisch
inspector-table-now-held = Tisch { $number } (jetzt „{ $name }“)
inspector-table-seats = Tisch { $number } ({ $seats ->
    [one] 1 Platz
   *[other] { $seats } Plätze
})
inspector-delete-logical = Logischen Tisch löschen…
inspector-guests-of = Gäste: { $count }/{ $seats }
inspector-guests = Gäste: { $count }
inspector-remove-guest = { $name } von diesem Tisch nehmen
inspector-guest-link-tip = Klicken zum Auswählen; auf einen anderen Tisch ziehen, oder auf die Gästeliste, um den Platz zu entfernen
inspector-group = Gruppe
inspector-notes = Notizen
inspector-vip-guest = VIP-Gast
inspector-sits-at = Sitzt an: { $place }
inspector-show-on-plan = Im Plan zeigen
inspector-show-on-plan-tip = Den Raumplan auf diesen Tisch zentrieren
inspector-delete-guest = Gast löschen…
inspector-seated-at = Sitzt an
tool-select = Auswählen
tool-add-room = Raum hinzufügen
tool-add-round = Runden Tisch hinzufügen
tool-add-rect = Rechteckigen Tisch hinzufügen
floor-table-outside = Tisch { $number } muss in einem Raum stehen — bitte auf einem Raum ablegen.
floor-drop-inside = In einem Raum ablegen
floor-no-rooms = Noch keine Räume — „Raum hinzufügen“ wählen und hier klicken.
floor-snap = Am Raster ausrichten
floor-fit-tip = Alle Räume zeigen (Strg+0)
floor-no-logical = Tisch { $number } hat noch keinen logischen Tisch — zuerst einen logischen Tisch darauf ziehen.
floor-click-inside = In einen Raum klicken, um einen Tisch aufzustellen.
floor-new-room-name = Raum { $number }
printwin-table-cards = Tischkarten (gefaltet A5)
printwin-place-cards = Platzkarten (8 pro A4)
printwin-layout-failed = die Seiten konnten nicht gesetzt werden (siehe Protokoll)
printwin-title = Drucken
printwin-as-of = Sie sehen den Plan im Stand #{ $batch }: Das wird gedruckt.
printwin-what = Was
printwin-rooms = Räume
printwin-venue = Alle Räume auf einer Seite
printwin-each-room = Jeder Raum auf eigener Seite
printwin-paper = Papier (quer)
printwin-a4 = Gedruckt auf A4.
printwin-laying-out = Die Seiten werden gesetzt…
printwin-updating = Auf den neuesten Stand bringen…
printwin-save-pdf = Als PDF speichern…
printwin-save-svg = Als SVG speichern…
printwin-save-svg-tip = Dieselbe Seite als SVG-Zeichnung
printwin-save-png = Als PNG speichern…
printwin-save-png-tip = Dieselbe Seite als Bild mit 150 dpi
printwin-saved = { $path } gespeichert
printwin-open = Öffnen
printwin-show-in-folder = Im Ordner zeigen
printwin-smaller = Kleiner
printwin-zoom = Zoom { $percent } %
printwin-fit = Seite einpassen
printwin-larger = Größer
printwin-previous = Vorige Seite
printwin-next = Nächste Seite
import-guests-title = Gäste importieren
import-draw-title = Tischauslosung importieren
import-heading = { $what } aus { $file }
import-nothing-changed = Nichts wurde geändert.
import-button = Importieren
import-sheet = Blatt
import-header-encoding = Kopfzeile in Zeile { $row } · gelesen als { $encoding }-Text. Spalten:
import-header = Kopfzeile in Zeile { $row }. Spalten:
import-not-imported = (nicht importiert)
email-title = Gäste-E-Mail
email-placeholders = Platzhalter: { $list }
email-unknown = Unbekannte Platzhalter (bleiben wie eingegeben): { $list }
email-from = Von
email-subject = Betreff
email-to = An
email-message = Nachricht
email-no-preview = Vorschau: noch kein Gast mit Platz und E-Mail-Adresse.
email-preview-for = Vorschau für { $name }
guests-all = Alle Gäste
guests-dietary = Ernährung: { $value }
guests-summary = { $shown } von { $total } Gästen angezeigt · { $seated } mit Platz · { $unseated } ohne Platz
guests-search-hint = Name, E-Mail, Abteilung, Tisch
guests-free = frei
guests-found-table = Tisch { $number } in { $room }: { $holder }
guests-found-logical = „{ $name }“ hat noch keinen echten Tisch
guests-show = Zeigen
guests-add = Gast hinzufügen…
guests-unseat = Vom Platz nehmen
guests-delete = Gäste löschen
guests-unseated = ohne Platz
guests-no-table = { $name } · kein Tisch
guests-drag-tip = Auf einen Tisch ziehen, um zu setzen.
guests-new = Neuer Gast
guests-add-button = Hinzufügen
files-export-seating = Sitzliste exportieren
files-email-folder = Ordner für die Gäste-E-Mails
files-save-copy = Eine Kopie des Plans speichern
files-save-floor-plan = Den Raumplan als { $format } speichern
files-save-pdf = { $what } als PDF speichern
files-choose = Wählen
files-save = Speichern
files-cannot-create-plan = Der Plan konnte nicht angelegt werden: { $error }
files-no-dialog = Der Dateidialog konnte nicht angezeigt werden: { $error }
files-svg = SVG-Zeichnung
files-png = PNG-Bild
files-pdf = PDF-Dokument
files-spreadsheets = Tabellen
files-excel = Excel-Arbeitsmappe
path-file = Pfad der Datei:
path-new-file = Pfad der zu schreibenden Datei:
path-folder = Pfad des Ordners:
path-exists-choose-another = { $path } gibt es schon; ein Plan wird nie über eine Datei geschrieben — wählen Sie einen anderen Namen.
path-exists = { $path } gibt es schon. Erneut „{ $button }“ drücken, um sie zu ersetzen.
path-type-one = Bitte einen Pfad eingeben.
path-no-home = Der Benutzerordner ist unbekannt; bitte den ganzen Pfad eingeben.
path-is-folder = { $path } ist ein Ordner, keine Datei.
path-no-file = Es gibt keine Datei { $path }.
path-no-folder = Es gibt keinen Ordner { $path }.
path-add-file-name = { $path } ist ein Ordner; bitte den Dateinamen anhängen.
files-plan = seatplan-Plan
key-name-ctrl = Strg
key-name-alt = Alt
key-name-shift = Umschalt
key-name-delete = Entf
key-name-escape = Esc
file-name-new-plan = feier
file-name-copy = kopie
file-name-seating = sitzliste
file-name-floor-plan = raumplan
file-name-by-table = sitzliste-nach-tischen
file-name-a-z = gaeste-a-z
file-name-table-cards = tischkarten
file-name-place-cards = platzkarten
files-no-native-dialog = Es konnte kein Dateidialog angezeigt werden (installieren Sie dafür das XDG-Desktop-Portal oder zenity): geben Sie den Pfad stattdessen ein.
wish-kind-with = möchte sitzen mit
wish-kind-not-with = besser getrennt von
wish-kind-together = muss zusammensitzen mit
wish-kind-apart = darf nicht zusammensitzen mit
wish-pinned = Festgesetzt
wish-pinned-tip = Die automatische Platzierung lässt festgesetzte Gäste, wo sie sind (mit oder ohne Platz).
wish-heading = Wünsche
wish-none = Noch keine Wünsche.
wish-remove = Den Wunsch mit { $guest } entfernen
wish-row-together = muss mit { $guest } sitzen
wish-row-apart = darf nicht mit { $guest } sitzen
wish-row-with = möchte mit { $guest } sitzen
wish-row-not-with = besser getrennt von { $guest }
wish-search-hint = hinzufügen: Name oder E-Mail
wish-no-match = Kein Gast passt.
menu-auto-seat = Automatisch platzieren…
guests-pin = Festsetzen
guests-unpin = Festsetzung aufheben
auto-title = Automatisch platzieren
auto-who = Welche Gäste
auto-who-unseated = Gäste ohne Platz
auto-who-everyone = Alle, die nicht festgesetzt sind und nicht an einem VIP-Tisch sitzen
auto-who-selected = Die ausgewählten Gäste ({ $count })
auto-tables = Tische, die Gäste bekommen dürfen ({ $count })
auto-tables-all = Alle
auto-tables-none = Keine
auto-min-known = Niemand allein: kennt mindestens
auto-min-known-tip = Jeder platzierte Gast sitzt mit mindestens so vielen Menschen, mit denen er einen positiven Wunsch hat (0: aus). Gäste mit weniger solchen Wünschen sind ausgenommen.
auto-department-weight = Gleiche Abteilung, je Paar
auto-department-weight-tip = Punkte für jedes Paar von Gästen einer Abteilung an einem Tisch (0: Abteilungen zählen nicht).
auto-seconds = Zeit
auto-seed = Startwert
auto-score-now = Punktzahl jetzt: { $score }
auto-run = Starten
auto-running = Suche läuft…
auto-best = Bisher bester Plan: { $score } · { $unseated } ohne Platz
auto-stop = Anhalten
auto-result-score = Punktzahl { $before } → { $after }
auto-result-counts = { $placed } platziert · { $moved } umgesetzt · { $unseated } ohne Platz
auto-result-tables = Was sich ändert ({ $count } Tische)
auto-result-unmet = Nicht erfüllte Wünsche ({ $count })
auto-stale = Der Plan hat sich seit diesem Lauf geändert: bitte erneut starten.
auto-apply = Übernehmen
auto-discard = Verwerfen
floor-unmet-title = Hier nicht erfüllte Wünsche
guests-pinned-tip = 📌 Festgesetzt: die automatische Platzierung lässt diesen Gast, wo er ist.
wish-add = Neu:
import-wishes-title = Wünsche importieren
menu-import-wishes = Wünsche importieren…
inspector-planned-seats = Geplante Plätze
inspector-planned-seats-tip = Plätze, mit denen die automatische Platzierung plant, solange dieser logische Tisch keinen physischen Tisch hat (ohne Haken: die üblichen { $usual }).
custom-heading = Felder
custom-empty = —
custom-bad-number = „{ $text }“ passt nicht zu diesem Feld
import-empty-clears = Leere Zellen löschen Werte
import-empty-clears-tip = Sonst bleibt bei einer leeren Zelle der Wert des Gastes erhalten. Angekreuzt löscht eine leere Zelle den Wert eines vorhandenen Gastes (nie die Namen oder den Tisch); die Vorschau nennt jeden Wert, der gelöscht wird.
import-new-fields = Die übrigen Spalten als neue Felder anlegen
import-new-fields-tip = Spalten, die kein eingebautes Feld liest, werden eigene Gästefelder; ihre Art (ja/nein, Zahl, Auswahl, Text) wird aus den Werten erraten.
menu-fields = Gästefelder…
fields-title = Gästefelder
fields-none = Noch keine eigenen Felder: unten eines hinzufügen (Shuttle, T-Shirt-Größe, „kommt später“…).
fields-up = Nach oben
fields-remove = Entfernen
fields-remove-tip = „{ $name }“ mit den Werten aller Gäste entfernen (Rückgängig holt sie zurück)
fields-new-option = neue Option
fields-add-heading = Feld hinzufügen
fields-name = Name
fields-kind = Art
fields-options = Optionen
fields-add = Hinzufügen
fields-new-option-of = Neue Option von „{ $name }“
guests-field-is = { $field } = { $value }
guests-field-empty = { $field } ist leer
auto-group-by = Wie eine Abteilung:
printwin-fields = Neben jedem Gast
guests-columns = Spalten
guests-sort-tip = Nach dieser Spalte sortieren; erneut klicken kehrt die Reihenfolge um
fields-rename-option = Neuer Name für „{ $option }“
fields-rename-option-tip = Klicken, um diese Option umzubenennen (wer sie gewählt hat, behält sie); Rechtsklick entfernt sie
inspector-accessible = Barrierefrei
inspector-accessible-tip = Stufenlos und nahe der Tür: die automatische Platzierung setzt Gäste, die das brauchen, nur hierhin
auto-needs-access = Brauchen barrierefreien Tisch
auto-needs-access-tip = Gäste mit „ja“ in diesem Feld (und ihre Gruppe) sitzen nur an Tischen, die als barrierefrei markiert sind
auto-needs-access-none = niemand
auto-options-changed = Die Einstellungen haben sich seit diesem Lauf geändert: zum Übernehmen erneut starten.
menu-recover = Beschädigten Plan retten…
files-recover-from = Beschädigten Plan retten: Plan wählen
files-recover-to = Geretteten Plan speichern unter
file-name-recovered = Geretteter Plan
files-recover-more = … und { $count } weitere (seatplan recover listet alle)
files-cannot-recover = Nichts wurde gerettet: { $error }
notice-try-recover = Datei → Beschädigten Plan retten… schreibt einen neuen Plan mit allen Aktionen, die sich noch lesen lassen.
guests-field-filled = { $field } ausgefüllt
auto-group-weight = Gleiches „{ $field }“, je Paar
custom-clear = Keine Angabe (Wert löschen)
fields-name-taken = Ein Feld „{ $name }“ gibt es schon.
fields-remove-option = Option „{ $option }“ entfernen
files-merge-from = Änderungen übernehmen aus…
menu-merge = Änderungen übernehmen aus…
merge-heading = Änderungen aus { $file } übernehmen
merge-nothing-changed = Nichts wurde geändert.
merge-button = Übernehmen
button-close = Schließen
notice-merged = { $count } Aktionen aus { $from } als #{ $batch } übernommen; #{ $batch } rückgängig machen nimmt sie alle zurück.
timeline-from = von { $device }
timeline-merged-by = übernommen mit #{ $batch }
files-team-folder = Team-Ordner
menu-team-folder = Team-Ordner…
notice-team-folder = Team-Ordner: { $folder } — dort liegt eine Kopie dieses Plans (jede Minute, während Sie arbeiten, und beim Schließen); Kopien der Kolleginnen und Kollegen werden zum Übernehmen angeboten.
notice-team-folder-off = Der Team-Ordner wird nicht mehr verwendet.
notice-team-publish-failed = Der Plan konnte nicht im Team-Ordner geteilt werden: { $error }
team-offers-title = Team-Ordner
team-offer =
    { $count ->
        [one] { $owner } hat eine Änderung, die Sie noch nicht haben
       *[other] { $owner } hat { $count } Änderungen, die Sie noch nicht haben
    }
team-review = Ansehen…
team-later = Später
menu-team-folder-stop = Team-Ordner nicht mehr verwenden
notice-team-copy-refused = Team-Ordner: { $error }
team-sharing = Geteilt in { $folder }
team-show-put-off =
    { $count ->
        [one] Zurückgestellte Kopie zeigen
       *[other] Die { $count } zurückgestellten Kopien zeigen
    }
