### Wörter, die überall vorkommen.

# Der Name der Sprache in ihr selbst, wie ihn die Einstellungen zeigen.
language-name = Deutsch
# How dates and times of day are written (zero-padded numbers are passed as text).
format-date = { $day }.{ $month }.{ $year }
format-time = { $hour }:{ $minute }

# Text, den jemand eingegeben hat, in Anführungszeichen.
quoted = „{ $text }“

count-guests = { $count ->
    [one] { $count } Gast
   *[other] { $count } Gäste
}

# A copy of the plan for a colleague (File → Save a copy as…, `seatplan copy`).
copy-saved = Eine Kopie des Plans wurde als { $path } gespeichert ({ $actions ->
    [one] 1 Aktion
   *[other] { $actions } Aktionen
}). Geben Sie sie an Kollegen weiter; deren Änderungen kommen mit Datei → Änderungen übernehmen aus… (oder `seatplan merge`) zurück.
copy-saved-window = Eine Kopie des Plans wurde als { $path } gespeichert ({ $actions ->
    [one] 1 Aktion
   *[other] { $actions } Aktionen
}). Geben Sie sie an Kollegen weiter; deren Änderungen kommen mit Datei → Änderungen übernehmen aus… zurück.
