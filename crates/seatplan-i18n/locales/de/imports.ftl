line-error = Fehler
line-warning = Warnung
line-added = neu
line-changed = Änderung
line-skipped = beibehalten
import-line-row = { $kind } (Zeile { $row }): { $text }
import-line = { $kind }: { $text }
import-summary = { $added } neu · { $changed } geändert · { $unchanged } unverändert · { $kept } beibehalten
import-summary-warnings =
    { $count ->
    [one] 1 Warnung
    *[other] { $count } Warnungen
    }
import-summary-errors =
    { $count ->
    [one] 1 Fehler
    *[other] { $count } Fehler
    } — nichts wird übernommen
import-summary-cleared =
    { $count ->
    [one] 1 Wert gelöscht
    *[other] { $count } Werte gelöscht
    }
import-refused = der Import kann nicht übernommen werden: { $reason }
import-columns-read-as = Spalten gelesen als: { $list }
import-lost-letters = Spalte „{ $column }“: in „{ $text }“ gingen Buchstaben durch die Kodierung der Datei verloren („?“ oder ein Ersatzzeichen statt eines Buchstabens) — speichern Sie die Tabelle als UTF-8 oder korrigieren Sie den Namen im Plan
import-clears = { $guest }: { $field } „{ $value }“ wird gelöscht (die Zelle ist leer)
import-kept-value = { $guest }: { $field } „{ $value }“
import-empty-kept =
    { $count ->
    [one] 1 Wert bleibt, wo die Zelle der Tabelle leer ist (eine leere Zelle ist kein Wert): { $examples }
    *[other] { $count } Werte bleiben, wo die Zelle der Tabelle leer ist (eine leere Zelle ist kein Wert): { $examples }
    }
import-yes = ja
import-summary-no-changes = keine Änderungen
import-columns-ignored = ignorierte Spalten: { $columns }
import-cleaned = Zeilenumbrüche oder Steuerzeichen in { $fields } wurden durch Leerzeichen ersetzt
import-no-name = die Zeile hat keinen Namen
import-email-twice = die E-Mail-Adresse { $email } steht auch in Zeile { $row }
import-bad-vip = VIP muss ja/nein sein (yes/no, x, 1/0, true/false), nicht „{ $text }“
import-cell-too-long = die Zelle { $field } ist { $length } Zeichen lang (höchstens { $max })
import-name-is-date = die Zelle { $field } enthält ein Datum ({ $text }) — ist eine Spalte verrutscht?
import-new-logical = neuer logischer Tisch „{ $name }“
import-new-guest = neuer Gast { $first } { $last }
import-new-guest-at = neuer Gast { $first } { $last } an „{ $table }“
import-same-guest = diese Zeile und Zeile { $row } beschreiben beide { $guest }
import-reseat = Platz { $from } → „{ $to }“
import-none = keiner
import-field-set = { $field } → { $value }
import-now-vip = jetzt VIP
import-no-longer-vip = nicht mehr VIP
import-cell-error = die Zelle { $field } enthält den Fehlerwert { $value }
import-cell-formula = die Zelle { $field } enthält eine Formel ohne gespeicherten Wert ({ $formula }) — öffnen und speichern Sie die Datei in Excel oder LibreOffice und importieren Sie sie dann erneut
import-cell-date = die Zelle { $field } enthält ein Datum ({ $date }), keinen Tischnamen — Excel macht aus Namen wie „1-5“ ein Datum; formatieren Sie die Spalte als Text und geben Sie ihn erneut ein
import-no-header = keine Kopfzeile in den ersten { $rows } Zeilen gefunden: sie braucht die Spalten { $columns }
import-or = {" "}oder{" "}
import-export-column = { $name } (eine Spalte, die seatplans Exporte schreiben)
import-duplicate-column = { $name } (doppelt)
draw-no-logical = Tisch { $number } hat keinen Namen eines logischen Tisches
draw-logical-twice = „{ $name }“ steht auch in Zeile { $row }
draw-vip-kept = VIP-Tisch „{ $name }“ bleibt, wie er ist
draw-vip-kept-file-says = VIP-Tisch „{ $name }“ bleibt, wie er ist (die Datei nennt Tisch { $number })
draw-no-number = „{ $name }“: kein physischer Tisch angegeben, bleibt, wie er ist
draw-no-such-table = es gibt keinen physischen Tisch mit der Nummer „{ $number }“
draw-table-twice = Tisch { $number } ist schon in Zeile { $row } zugelost
draw-vip-holds = Tisch { $number } gehört zum VIP-Tisch „{ $name }“, den die Auslosung nie ändert
draw-other-room = Tisch { $number } steht in „{ $actual }“, nicht in „{ $room }“
draw-reassigned = „{ $name }“: { $from } → Tisch { $number }
draw-new-logical = neuer logischer Tisch „{ $name }“ an Tisch { $number }
draw-loses-no-number = „{ $name }“ verliert Tisch { $number } (seine eigene Zeile nennt keine Nummer)
draw-loses-not-in-file = „{ $name }“ verliert Tisch { $number } (fehlt in der Datei)
wishes-ambiguous = { $count } Gäste heißen „{ $name }“: verwenden Sie die E-Mail-Adresse
wishes-unknown-guest = es gibt keinen Gast „{ $name }“ (nach E-Mail-Adresse oder vollem Namen)
wishes-self = { $guest } kann keinen Wunsch mit sich selbst haben
wishes-bad-weight = das Gewicht muss eine ganze Zahl von −100 bis 100 sein, nicht „{ $text }“
wishes-bad-rule = die Regel muss „zusammen“ oder „getrennt“ sein (together / apart), nicht „{ $text }“
wishes-replaces-row = ersetzt den Wunsch aus Zeile { $row } für { $guest } und { $with }
wishes-line = { $guest } und { $with }: { $weight }
wishes-line-together = { $guest } und { $with } müssen zusammensitzen
wishes-line-apart = { $guest } und { $with } dürfen nicht zusammensitzen
draw-both-columns = sowohl die Spalte des logischen als auch die des physischen Tisches werden gebraucht
wishes-half-empty = ein Wunsch braucht beide Gäste: wer und mit wem
import-new-field = neues Feld „{ $name }“ ({ $kind })
import-field-suggested = die Spalte „{ $name }“ könnte ein neues Feld werden ({ $kind }); mit neuen Feldern importieren, um sie zu übernehmen
import-bad-field-value = „{ $value }“ passt nicht zum Feld „{ $field }“ ({ $kind })
