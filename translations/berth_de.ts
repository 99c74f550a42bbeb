<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Berth</name>
    <message>
        <source>%1 has no berth.yaml</source>
        <translation>%1 hat keine berth.yaml</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>berth.yaml does not validate: %1</source>
        <translation>berth.yaml ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>%1 is a list; edit it in berth.yaml</source>
        <translation>%1 ist eine Liste; bearbeiten Sie sie in berth.yaml</translation>
    </message>
    <message>
        <source>%1: not a key of berth.yaml; the keys are: %2</source>
        <translation>%1: kein Schlüssel von berth.yaml; die Schlüssel sind: %2</translation>
    </message>
    <message>
        <source>berth.yaml: %1</source>
        <translation>berth.yaml: %1</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>kein UTF-8</translation>
    </message>
    <message>
        <source>berth.yaml: %1: %2</source>
        <translation>berth.yaml: %1: %2</translation>
    </message>
    <message>
        <source>berth.yaml changed since the change was shown; nothing was written</source>
        <translation>berth.yaml hat sich geändert, seit die Änderung angezeigt wurde; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1 changed since the change was shown; nothing was written</source>
        <translation>%1 hat sich geändert, seit die Änderung angezeigt wurde; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwärts su&amp;chen</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>Gehe zu &amp;Zeile…</translation>
    </message>
    <message>
        <source>&amp;Stack</source>
        <translation>&amp;Stack</translation>
    </message>
    <message>
        <source>Selected S&amp;ervice</source>
        <translation>Ausgewählter &amp;Dienst</translation>
    </message>
    <message>
        <source>Editor &amp;Theme</source>
        <translation>Editor-&amp;Farbschema</translation>
    </message>
    <message>
        <source>Automatic (Follow System Colors)</source>
        <translation>Automatisch (Systemfarben folgen)</translation>
    </message>
    <message>
        <source>No Themes: Syntax Highlighting Is Off</source>
        <translation>Keine Farbschemata: Syntaxhervorhebung ist aus</translation>
    </message>
    <message>
        <source>Chec&amp;k Setup…</source>
        <translation>Setup &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check the setup&apos;s files against each other (ports, volumes, healthchecks, berth.yaml)</source>
        <translation>Die Dateien des Setups gegeneinander prüfen (Ports, Volumes, Healthchecks, berth.yaml)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The docker program and the terminal Berth uses on this computer</source>
        <translation>Das docker-Programm und das Terminal, die Berth auf diesem Computer verwendet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Berth</source>
        <translation>Ü&amp;ber Berth</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Berth::AboutDialog</name>
    <message>
        <source>About Berth</source>
        <translation>Über Berth</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Berth %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Berth %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Docker setups for Django projects: a wizard that writes them, an editor that highlights them, a services panel that runs them.</source>
        <translation>Docker-Setups für Django-Projekte: ein Assistent, der sie schreibt, ein Editor, der sie hervorhebt, und ein Dienste-Panel, das sie ausführt.</translation>
    </message>
    <message>
        <source>Qt %1
KF6 SyntaxHighlighting %2
yaml-cpp %3</source>
        <translation>Qt %1
KF6 SyntaxHighlighting %2
yaml-cpp %3</translation>
    </message>
</context>
<context>
    <name>Berth::ActionBar</name>
    <message>
        <source>Stack: </source>
        <translation>Stack: </translation>
    </message>
    <message>
        <source>Service: </source>
        <translation>Dienst: </translation>
    </message>
</context>
<context>
    <name>Berth::CodeEditor</name>
    <message>
        <source>Tab moves the focus; %1 makes it indent again.</source>
        <translation>Tab wechselt jetzt den Fokus; %1 lässt es wieder einrücken.</translation>
    </message>
    <message>
        <source>Tab indents; %1 makes it move the focus.</source>
        <translation>Tab rückt jetzt ein; %1 lässt es den Fokus wechseln.</translation>
    </message>
</context>
<context>
    <name>Berth::CommandJob</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish in time and was stopped</source>
        <translation>%1 wurde nicht rechtzeitig fertig und wurde beendet</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>The docker command line tool was not found.</source>
        <translation>Das docker-Kommandozeilenwerkzeug wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>mit Exit-Code %1 beendet</translation>
    </message>
</context>
<context>
    <name>Berth::ComposeConfigView</name>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Einen Dienst hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Volumes: %1
Networks: %2</source>
        <translation>Volumes: %1
Netzwerke: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the default network</source>
        <translation>das Standardnetzwerk</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Changed through an anchor, so also: %1</source>
        <translation>Über einen Anker geändert, daher auch: %1</translation>
    </message>
    <message>
        <source>The copy leaves out %1: they must differ between services.</source>
        <translation>Die Kopie lässt %1 weg: Diese müssen sich zwischen Diensten unterscheiden.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1 depends on %2. Remove %2 anyway?</source>
        <translation>%1 hängt von %2 ab. %2 trotzdem entfernen?</translation>
    </message>
    <message>
        <source>Rename service</source>
        <translation>Dienst umbenennen</translation>
    </message>
    <message>
        <source>New name for %1 (depends_on, links and extends follow):</source>
        <translation>Neuer Name für %1 (depends_on, links und extends werden angepasst):</translation>
    </message>
    <message>
        <source>Duplicate service</source>
        <translation>Dienst duplizieren</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Your last form edit: %1. Undo it with Ctrl+Z.</source>
        <translation>Ihre letzte Änderung im Formular: %1. Mit Strg+Z machen Sie sie rückgängig.</translation>
    </message>
</context>
<context>
    <name>Berth::ComposeEditCheck</name>
    <message>
        <source>docker compose is not available, so only yaml-cpp checked the edit</source>
        <translation>docker compose ist nicht verfügbar, daher hat nur yaml-cpp die Änderung geprüft</translation>
    </message>
    <message>
        <source>docker compose config does not accept the file as it was (%1), so only yaml-cpp checked the edit</source>
        <translation>docker compose config nimmt die Datei schon vor der Änderung nicht an (%1), daher hat nur yaml-cpp die Änderung geprüft</translation>
    </message>
    <message>
        <source>docker compose config does not accept the result: %1</source>
        <translation>docker compose config nimmt das Ergebnis nicht an: %1</translation>
    </message>
    <message>
        <source>docker compose config: %1</source>
        <translation>docker compose config: %1</translation>
    </message>
</context>
<context>
    <name>Berth::Config</name>
    <message>
        <source>&quot;%1&quot; is not a service name: use letters, digits, and . _ - after the first</source>
        <translation>„%1“ ist kein Dienstname: Verwenden Sie Buchstaben, Ziffern und nach dem ersten Zeichen . _ -</translation>
    </message>
    <message>
        <source>a service &quot;%1&quot; exists already</source>
        <translation>Ein Dienst „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>services is not a block mapping (one service a line); add this service in the text</source>
        <translation>services ist kein Block-Mapping (ein Dienst pro Zeile); fügen Sie diesen Dienst im Text hinzu</translation>
    </message>
    <message>
        <source>there is no service &quot;%1&quot;</source>
        <translation>Es gibt keinen Dienst „%1“</translation>
    </message>
    <message>
        <source>services is not a block mapping; duplicate this service in the text</source>
        <translation>services ist kein Block-Mapping; duplizieren Sie diesen Dienst im Text</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>a section header needs its closing “]”</source>
        <translation>einem Abschnittskopf fehlt die schließende „]“</translation>
    </message>
    <message>
        <source>text after a section header</source>
        <translation>Text nach einem Abschnittskopf</translation>
    </message>
    <message>
        <source>expected “key = value”, “key: value” or a [section]</source>
        <translation>„Schlüssel = Wert“, „Schlüssel: Wert“ oder ein [Abschnitt] erwartet</translation>
    </message>
    <message>
        <source>Refuse to start on an unknown or misspelled option instead of ignoring it.</source>
        <translation>Bei einer unbekannten oder falsch geschriebenen Option nicht starten, statt sie zu ignorieren.</translation>
    </message>
    <message>
        <source>Address uwsgi answers plain HTTP on, such as :8000 (what nginx&apos;s proxy_pass reaches).</source>
        <translation>Adresse, auf der uwsgi einfaches HTTP beantwortet, etwa :8000 (was nginx&apos; proxy_pass erreicht).</translation>
    </message>
    <message>
        <source>Address of a uwsgi-protocol socket, for nginx&apos;s uwsgi_pass. Never publish it to the network.</source>
        <translation>Adresse eines Sockets mit uwsgi-Protokoll, für nginx&apos; uwsgi_pass. Nie im Netzwerk veröffentlichen.</translation>
    </message>
    <message>
        <source>Starts uwsgi&apos;s own HTTP router process on this address, in front of the workers.</source>
        <translation>Startet uwsgis eigenen HTTP-Router-Prozess auf dieser Adresse, vor den Workern.</translation>
    </message>
    <message>
        <source>Folder uwsgi changes into before loading the application (the Django project).</source>
        <translation>Ordner, in den uwsgi vor dem Laden der Anwendung wechselt (das Django-Projekt).</translation>
    </message>
    <message>
        <source>The WSGI module to load, such as mysite.wsgi (optionally :application).</source>
        <translation>Das zu ladende WSGI-Modul, etwa mysite.wsgi (optional :application).</translation>
    </message>
    <message>
        <source>A Python file that defines the WSGI application, instead of module.</source>
        <translation>Eine Python-Datei, die die WSGI-Anwendung definiert, statt module.</translation>
    </message>
    <message>
        <source>Run a master process that starts, watches and restarts the workers.</source>
        <translation>Einen Master-Prozess ausführen, der die Worker startet, überwacht und neu startet.</translation>
    </message>
    <message>
        <source>Number of worker processes.</source>
        <translation>Anzahl der Worker-Prozesse.</translation>
    </message>
    <message>
        <source>Threads per worker process; more than one also enables threads.</source>
        <translation>Threads pro Worker-Prozess; mehr als einer schaltet auch enable-threads ein.</translation>
    </message>
    <message>
        <source>Let the application start its own Python threads.</source>
        <translation>Der Anwendung erlauben, eigene Python-Threads zu starten.</translation>
    </message>
    <message>
        <source>One Python interpreter per worker, as Django expects.</source>
        <translation>Ein Python-Interpreter pro Worker, wie Django es erwartet.</translation>
    </message>
    <message>
        <source>Largest request header block in bytes. Too small gives “invalid request block size” and a 502 in nginx for large cookies.</source>
        <translation>Größter Request-Header-Block in Bytes. Zu klein ergibt „invalid request block size“ und bei großen Cookies ein 502 in nginx.</translation>
    </message>
    <message>
        <source>Seconds after which a running request is stopped and its worker restarted; 0 never.</source>
        <translation>Sekunden, nach denen eine laufende Anfrage abgebrochen und ihr Worker neu gestartet wird; 0 nie.</translation>
    </message>
    <message>
        <source>Recycle a worker after this many requests; 0 never.</source>
        <translation>Einen Worker nach so vielen Anfragen ersetzen; 0 nie.</translation>
    </message>
    <message>
        <source>Recycle a worker after this many seconds; 0 never.</source>
        <translation>Einen Worker nach so vielen Sekunden ersetzen; 0 nie.</translation>
    </message>
    <message>
        <source>Seconds added per worker to max-worker-lifetime, so workers do not all restart at once.</source>
        <translation>Sekunden, die pro Worker zu max-worker-lifetime addiert werden, damit nicht alle Worker gleichzeitig neu starten.</translation>
    </message>
    <message>
        <source>Stop on SIGTERM (what docker stop sends) instead of reloading, as uwsgi before 2.1 does.</source>
        <translation>Bei SIGTERM (was docker stop sendet) beenden statt neu laden, wie uwsgi vor 2.1 es tut.</translation>
    </message>
    <message>
        <source>Stop when the application fails to import, instead of answering every request with an error.</source>
        <translation>Beenden, wenn der Import der Anwendung fehlschlägt, statt jede Anfrage mit einem Fehler zu beantworten.</translation>
    </message>
    <message>
        <source>Remove the sockets and pid files uwsgi created when it stops.</source>
        <translation>Beim Beenden die Sockets und PID-Dateien entfernen, die uwsgi angelegt hat.</translation>
    </message>
    <message>
        <source>Load the application in each worker instead of once in the master before forking.</source>
        <translation>Die Anwendung in jedem Worker laden statt einmal im Master vor dem Forken.</translation>
    </message>
    <message>
        <source>Check the Python modules every N seconds and reload when one changed (development only); 0 off.</source>
        <translation>Die Python-Module alle N Sekunden prüfen und bei einer Änderung neu laden (nur für die Entwicklung); 0 aus.</translation>
    </message>
    <message>
        <source>Length of the socket&apos;s queue of waiting connections.</source>
        <translation>Länge der Warteschlange wartender Verbindungen des Sockets.</translation>
    </message>
    <message>
        <source>Seconds the HTTP router waits for a worker&apos;s answer.</source>
        <translation>Sekunden, die der HTTP-Router auf die Antwort eines Workers wartet.</translation>
    </message>
    <message>
        <source>Seconds of inactivity after which a socket connection is closed.</source>
        <translation>Sekunden ohne Aktivität, nach denen eine Socket-Verbindung geschlossen wird.</translation>
    </message>
    <message>
        <source>Buffer request bodies larger than this many bytes on disk before the application reads them; 0 off.</source>
        <translation>Request-Bodys über so vielen Bytes auf der Festplatte puffern, bevor die Anwendung sie liest; 0 aus.</translation>
    </message>
    <message>
        <source>User the workers run as.</source>
        <translation>Benutzer, unter dem die Worker laufen.</translation>
    </message>
    <message>
        <source>Group the workers run as.</source>
        <translation>Gruppe, unter der die Worker laufen.</translation>
    </message>
    <message>
        <source>File the master&apos;s process id is written to.</source>
        <translation>Datei, in die die Prozess-ID des Masters geschrieben wird.</translation>
    </message>
    <message>
        <source>File the log goes to instead of standard error.</source>
        <translation>Datei, in die das Log statt in die Standardfehlerausgabe geht.</translation>
    </message>
    <message>
        <source>Do not log each request (errors are still logged).</source>
        <translation>Nicht jede Anfrage protokollieren (Fehler werden weiterhin protokolliert).</translation>
    </message>
    <message>
        <source>Reload uwsgi when this file&apos;s modification time changes.</source>
        <translation>uwsgi neu laden, wenn sich die Änderungszeit dieser Datei ändert.</translation>
    </message>
    <message>
        <source>Python virtual environment to use.</source>
        <translation>Zu verwendende virtuelle Python-Umgebung.</translation>
    </message>
    <message>
        <source>An environment variable for the application, as NAME=value. Repeat the key for more.</source>
        <translation>Eine Umgebungsvariable für die Anwendung, als NAME=Wert. Für weitere den Schlüssel wiederholen.</translation>
    </message>
    <message>
        <source>Serve a URL prefix from a folder, as /static=/path/to/folder. Repeat the key for more.</source>
        <translation>Ein URL-Präfix aus einem Ordner ausliefern, als /static=/pfad/zum/ordner. Für weitere den Schlüssel wiederholen.</translation>
    </message>
    <message>
        <source>An action run as soon as uwsgi starts, such as exec:command. Repeat the key for more.</source>
        <translation>Eine Aktion, die ausgeführt wird, sobald uwsgi startet, etwa exec:befehl. Für weitere den Schlüssel wiederholen.</translation>
    </message>
    <message>
        <source>The settings module pytest-django loads for the tests, such as mysite.settings.</source>
        <translation>Das Settings-Modul, das pytest-django für die Tests lädt, etwa mysite.settings.</translation>
    </message>
    <message>
        <source>File name patterns, separated by spaces, of the files pytest collects tests from.</source>
        <translation>Dateinamensmuster, durch Leerzeichen getrennt, der Dateien, aus denen pytest Tests sammelt.</translation>
    </message>
    <message>
        <source>Class name prefixes or patterns of the test classes.</source>
        <translation>Klassennamen-Präfixe oder -Muster der Testklassen.</translation>
    </message>
    <message>
        <source>Function name prefixes or patterns of the test functions.</source>
        <translation>Funktionsnamen-Präfixe oder -Muster der Testfunktionen.</translation>
    </message>
    <message>
        <source>Options added to every pytest command line, such as --reuse-db -ra.</source>
        <translation>Optionen, die an jede pytest-Befehlszeile angehängt werden, etwa --reuse-db -ra.</translation>
    </message>
    <message>
        <source>Folders searched for tests when none is given on the command line.</source>
        <translation>Ordner, in denen nach Tests gesucht wird, wenn auf der Befehlszeile keiner angegeben ist.</translation>
    </message>
    <message>
        <source>Folder name patterns pytest does not descend into.</source>
        <translation>Ordnernamensmuster, in die pytest nicht absteigt.</translation>
    </message>
    <message>
        <source>The oldest pytest version this configuration accepts.</source>
        <translation>Die älteste pytest-Version, die diese Konfiguration akzeptiert.</translation>
    </message>
    <message>
        <source>Plugins that must be installed, separated by spaces, such as pytest-django&gt;=4.5.</source>
        <translation>Plugins, die installiert sein müssen, durch Leerzeichen getrennt, etwa pytest-django&gt;=4.5.</translation>
    </message>
    <message>
        <source>Custom markers, one per line, as name: description.</source>
        <translation>Eigene Marker, einer pro Zeile, als name: beschreibung.</translation>
    </message>
    <message>
        <source>Warning filters, one per line, such as error or ignore::DeprecationWarning.</source>
        <translation>Warnungsfilter, einer pro Zeile, etwa error oder ignore::DeprecationWarning.</translation>
    </message>
    <message>
        <source>An xfail test that passes fails the run.</source>
        <translation>Ein xfail-Test, der besteht, lässt den Lauf fehlschlagen.</translation>
    </message>
    <message>
        <source>Show log records live while the tests run.</source>
        <translation>Log-Einträge live anzeigen, während die Tests laufen.</translation>
    </message>
    <message>
        <source>The lowest level of live log records, such as INFO.</source>
        <translation>Die niedrigste Stufe der Live-Log-Einträge, etwa INFO.</translation>
    </message>
    <message>
        <source>Folders added to sys.path, separated by spaces.</source>
        <translation>Ordner, die zu sys.path hinzugefügt werden, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>pytest-django looks for manage.py and adds its folder to sys.path.</source>
        <translation>pytest-django sucht manage.py und fügt dessen Ordner zu sys.path hinzu.</translation>
    </message>
    <message>
        <source>pytest-django fails a test that renders an unknown template variable.</source>
        <translation>pytest-django lässt einen Test fehlschlagen, der eine unbekannte Template-Variable rendert.</translation>
    </message>
    <message>
        <source>“%1” is not a yes or no: use true or false.</source>
        <translation>„%1“ ist kein Ja oder Nein: Verwenden Sie true oder false.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number: use %2 to %3.</source>
        <translation>„%1“ ist keine ganze Zahl: Verwenden Sie %2 bis %3.</translation>
    </message>
    <message>
        <source>%1 is out of range: use %2 to %3.</source>
        <translation>%1 liegt außerhalb des Bereichs: Verwenden Sie %2 bis %3.</translation>
    </message>
    <message>
        <source>“%1” is not an address: use :PORT or HOST:PORT with a port from 1 to 65535, or a socket path.</source>
        <translation>„%1“ ist keine Adresse: Verwenden Sie :PORT oder HOST:PORT mit einem Port von 1 bis 65535 oder einen Socket-Pfad.</translation>
    </message>
    <message>
        <source>“%1” is not a Python module name: use dotted names such as mysite.settings.</source>
        <translation>„%1“ ist kein Python-Modulname: Verwenden Sie Namen mit Punkten wie mysite.settings.</translation>
    </message>
    <message>
        <source>An empty value does nothing here: remove the line instead.</source>
        <translation>Ein leerer Wert bewirkt hier nichts: Entfernen Sie stattdessen die Zeile.</translation>
    </message>
    <message>
        <source>“%1” is not a variable: use NAME=value.</source>
        <translation>„%1“ ist keine Variable: Verwenden Sie NAME=Wert.</translation>
    </message>
    <message>
        <source>“%1” is not a mapping: use /url-prefix=/folder, such as /static=/app/static.</source>
        <translation>„%1“ ist keine Zuordnung: Verwenden Sie /url-präfix=/ordner, etwa /static=/app/static.</translation>
    </message>
    <message>
        <source>“;” without a directive</source>
        <translation>„;“ ohne Direktive</translation>
    </message>
    <message>
        <source>“{” without a directive</source>
        <translation>„{“ ohne Direktive</translation>
    </message>
    <message>
        <source>a directive needs a “;” at its end</source>
        <translation>eine Direktive braucht ein „;“ am Ende</translation>
    </message>
    <message>
        <source>“}” without its “{”</source>
        <translation>„}“ ohne zugehörige „{“</translation>
    </message>
    <message>
        <source>a quoted string is not closed</source>
        <translation>ein String in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a block is not closed with “}”</source>
        <translation>ein Block ist nicht mit „}“ geschlossen</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>A cache and Celery broker. In Django: CACHES with the backend django.core.cache.backends.redis.RedisCache at redis://redis:6379/1.</source>
        <translation>Ein Cache und Celery-Broker. In Django: CACHES mit dem Backend django.core.cache.backends.redis.RedisCache auf redis://redis:6379/1.</translation>
    </message>
    <message>
        <source>Celery worker</source>
        <translation>Celery-Worker</translation>
    </message>
    <message>
        <source>Runs your tasks, on the app&apos;s image, with the app&apos;s env files; its broker is redis://redis:6379/0 (add Redis too).</source>
        <translation>Führt Ihre Tasks aus, auf dem Image der App, mit den env-Dateien der App; sein Broker ist redis://redis:6379/0 (fügen Sie auch Redis hinzu).</translation>
    </message>
    <message>
        <source>Celery beat</source>
        <translation>Celery beat</translation>
    </message>
    <message>
        <source>Sends your periodic tasks to the worker, on the app&apos;s image; run one, never two.</source>
        <translation>Schickt Ihre periodischen Tasks an den Worker, auf dem Image der App; genau einen betreiben, nie zwei.</translation>
    </message>
    <message>
        <source>Mailpit</source>
        <translation>Mailpit</translation>
    </message>
    <message>
        <source>Catches the mail Django sends, with a web inbox on http://127.0.0.1:8025. In Django: EMAIL_HOST = &quot;mailpit&quot;, EMAIL_PORT = 1025.</source>
        <translation>Fängt die Mails ab, die Django sendet, mit einem Web-Postfach auf http://127.0.0.1:8025. In Django: EMAIL_HOST = &quot;mailpit&quot;, EMAIL_PORT = 1025.</translation>
    </message>
    <message>
        <source>Second database</source>
        <translation>Zweite Datenbank</translation>
    </message>
    <message>
        <source>Another Postgres with its own volume, for a second entry in DATABASES (host &quot;database2&quot;), with the first database&apos;s credentials.</source>
        <translation>Ein weiteres Postgres mit eigenem Volume, für einen zweiten Eintrag in DATABASES (Host &quot;database2&quot;), mit den Zugangsdaten der ersten Datenbank.</translation>
    </message>
    <message>
        <source>there is no &quot;%1&quot; in the catalogue</source>
        <translation>Es gibt kein „%1“ im Katalog</translation>
    </message>
    <message>
        <source>no app service to take the image from: Celery runs on your Django app&apos;s image</source>
        <translation>Kein App-Dienst, von dem das Image kommen kann: Celery läuft auf dem Image Ihrer Django-App</translation>
    </message>
    <message>
        <source>say which Django project Celery loads (celery -A PROJECT): it is not in the compose file</source>
        <translation>Geben Sie an, welches Django-Projekt Celery lädt (celery -A PROJEKT): Es steht nicht in der Compose-Datei</translation>
    </message>
</context>
<context>
    <name>Berth::Config::ComposeModel</name>
    <message>
        <source>the file is not a mapping of keys, so it is not a compose file</source>
        <translation>die Datei ist keine Zuordnung von Schlüsseln, also keine Compose-Datei</translation>
    </message>
</context>
<context>
    <name>Berth::Config::NginxSite</name>
    <message>
        <source>The site has no server block.</source>
        <translation>Die Site hat keinen server-Block.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>nginx&apos;s default is 1m</source>
        <translation>nginx&apos; Standardwert ist 1m</translation>
    </message>
    <message>
        <source>This server has no location %1/.</source>
        <translation>Dieser Server hat keine location %1/.</translation>
    </message>
    <message>
        <source>%1 of location %2, line %3</source>
        <translation>%1 von location %2, Zeile %3</translation>
    </message>
    <message>
        <source>This server passes no requests on (no proxy_pass or uwsgi_pass).</source>
        <translation>Dieser Server leitet keine Anfragen weiter (kein proxy_pass oder uwsgi_pass).</translation>
    </message>
    <message>
        <source>server of upstream %1, line %2</source>
        <translation>Server von upstream %1, Zeile %2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Give at least one name, such as example.com, or _ for any.</source>
        <translation>Geben Sie mindestens einen Namen an, etwa example.com, oder _ für jeden.</translation>
    </message>
    <message>
        <source>“%1” is not a listen address: use a port (80), HOST:PORT, [::]:PORT or unix:/path, then flags such as default_server.</source>
        <translation>„%1“ ist keine listen-Adresse: Verwenden Sie einen Port (80), HOST:PORT, [::]:PORT oder unix:/pfad, dann Flags wie default_server.</translation>
    </message>
    <message>
        <source>“%1” is not a size: use a number with k, m or g, such as 20m (0 turns the limit off).</source>
        <translation>„%1“ ist keine Größe: Verwenden Sie eine Zahl mit k, m oder g, etwa 20m (0 schaltet die Grenze ab).</translation>
    </message>
    <message>
        <source>Use an absolute folder, such as /app/static/.</source>
        <translation>Verwenden Sie einen absoluten Ordner, etwa /app/static/.</translation>
    </message>
    <message>
        <source>End the alias with “/” as the location does: nginx puts the rest of the path right after it, so /static/app.css would be looked for at %1app.css.</source>
        <translation>Beenden Sie den alias wie die location mit „/“: nginx hängt den Rest des Pfads direkt an, also würde /static/app.css unter %1app.css gesucht.</translation>
    </message>
    <message>
        <source>proxy_pass takes a URL: http://HOST:PORT or http://UPSTREAM.</source>
        <translation>proxy_pass erwartet eine URL: http://HOST:PORT oder http://UPSTREAM.</translation>
    </message>
    <message>
        <source>“%1” is not an address: use HOST:PORT with a port from 1 to 65535, or unix:/path.</source>
        <translation>„%1“ ist keine Adresse: Verwenden Sie HOST:PORT mit einem Port von 1 bis 65535 oder unix:/pfad.</translation>
    </message>
</context>
<context>
    <name>Berth::Config::YamlEditor</name>
    <message>
        <source>%1: not found</source>
        <translation>%1: nicht gefunden</translation>
    </message>
    <message>
        <source>%1 is a KEY=VALUE item; give a single value</source>
        <translation>%1 ist ein KEY=VALUE-Eintrag; geben Sie einen einzelnen Wert an</translation>
    </message>
    <message>
        <source>%1: no such item; use add to append one to a sequence</source>
        <translation>%1: kein solcher Eintrag; verwenden Sie add, um einer Sequenz einen anzuhängen</translation>
    </message>
    <message>
        <source>%1 is a list of KEY=VALUE items; give a single value</source>
        <translation>%1 ist eine Liste von KEY=VALUE-Einträgen; geben Sie einen einzelnen Wert an</translation>
    </message>
    <message>
        <source>%1 is not a mapping, so it has no key &quot;%2&quot;</source>
        <translation>%1 ist keine Zuordnung und hat daher keinen Schlüssel „%2“</translation>
    </message>
    <message>
        <source>%1 is not a sequence; add appends an item to a sequence</source>
        <translation>%1 ist keine Sequenz; add hängt einen Eintrag an eine Sequenz an</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service name: use letters, digits, and . _ - after the first</source>
        <translation>„%1“ ist kein Dienstname: Verwenden Sie Buchstaben, Ziffern und nach dem ersten Zeichen . _ -</translation>
    </message>
    <message>
        <source>the file has no services</source>
        <translation>die Datei hat keine Dienste</translation>
    </message>
    <message>
        <source>there is no service &quot;%1&quot;</source>
        <translation>Es gibt keinen Dienst „%1“</translation>
    </message>
    <message>
        <source>a service &quot;%1&quot; exists already</source>
        <translation>Ein Dienst „%1“ existiert bereits</translation>
    </message>
</context>
<context>
    <name>Berth::Config::YamlEditorParts</name>
    <message>
        <source>the alias *%1 has no anchor</source>
        <translation>der Alias *%1 hat keinen Anker</translation>
    </message>
    <message>
        <source>the alias *%1</source>
        <translation>der Alias *%1</translation>
    </message>
    <message>
        <source>%1 is not a sequence, so it has no item [%2]</source>
        <translation>%1 ist keine Sequenz und hat daher keinen Eintrag [%2]</translation>
    </message>
    <message>
        <source>the merge key &lt;&lt;: *%1</source>
        <translation>der Merge-Schlüssel &lt;&lt;: *%1</translation>
    </message>
    <message>
        <source>%1 is a KEY=VALUE item, so nothing is inside it</source>
        <translation>%1 ist ein KEY=VALUE-Eintrag, darin steht also nichts</translation>
    </message>
    <message>
        <source>%1 is a single value, not a mapping, so it has no key &quot;%2&quot;</source>
        <translation>%1 ist ein einzelner Wert, keine Zuordnung, und hat daher keinen Schlüssel „%2“</translation>
    </message>
    <message>
        <source>this would remove the anchor &amp;%1, which %2 uses; change that first</source>
        <translation>das würde den Anker &amp;%1 entfernen, den %2 verwendet; ändern Sie das zuerst</translation>
    </message>
    <message>
        <source>the value is empty; write &quot;&quot; for an empty string, or null</source>
        <translation>der Wert ist leer; schreiben Sie &quot;&quot; für einen leeren String oder null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a YAML value: %2</source>
        <translation>„%1“ ist kein YAML-Wert: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one scalar or flow value; quote it (&quot;…&quot;) or write a flow value ([a, b], {a: 1})</source>
        <translation>„%1“ ist kein einzelner Skalar- oder Flow-Wert; setzen Sie ihn in Anführungszeichen (&quot;…&quot;) oder schreiben Sie einen Flow-Wert ([a, b], {a: 1})</translation>
    </message>
    <message>
        <source>the value spans lines; write it on one line (\n inside double quotes is a line break)</source>
        <translation>der Wert erstreckt sich über mehrere Zeilen; schreiben Sie ihn in eine Zeile (\n in doppelten Anführungszeichen ist ein Zeilenumbruch)</translation>
    </message>
    <message>
        <source>%1 goes through %2 to the anchor &amp;%3 (line %4), which %5 also uses; edit the anchor for all of them, or set the key in this service to override it</source>
        <translation>%1 geht über %2 zum Anker &amp;%3 (Zeile %4), den auch %5 verwendet; bearbeiten Sie den Anker für alle oder setzen Sie den Schlüssel in diesem Dienst, um ihn zu überschreiben</translation>
    </message>
    <message>
        <source>%1 goes through %2 to the anchor &amp;%3 (line %4), which %5 also use; edit the anchor for all of them, or set the key in this service to override it</source>
        <translation>%1 geht über %2 zum Anker &amp;%3 (Zeile %4), den auch %5 verwenden; bearbeiten Sie den Anker für alle oder setzen Sie den Schlüssel in diesem Dienst, um ihn zu überschreiben</translation>
    </message>
</context>
<context>
    <name>Berth::Config::YamlMeaning</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the edit would also change %1, so it was not made</source>
        <translation>die Bearbeitung würde auch %1 ändern und wurde daher nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>Berth::Config::YamlPath</name>
    <message>
        <source>the path is empty; give keys separated by dots, like services.web.image</source>
        <translation>der Pfad ist leer; geben Sie Schlüssel durch Punkte getrennt an, etwa services.web.image</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an item is written [N], with N a number from 0</source>
        <translation>„%1“: Ein Eintrag wird [N] geschrieben, mit N als Zahl ab 0</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an empty key between dots</source>
        <translation>„%1“: ein leerer Schlüssel zwischen Punkten</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a dot or [N] must follow a key or an item</source>
        <translation>„%1“: Ein Punkt oder [N] muss auf einen Schlüssel oder Eintrag folgen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a quoted key is not closed</source>
        <translation>„%1“: Ein Schlüssel in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the path ends with a dot</source>
        <translation>„%1“: Der Pfad endet mit einem Punkt</translation>
    </message>
</context>
<context>
    <name>Berth::Config::YamlTree</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>YAML syntax error: something is missing here</source>
        <translation>YAML-Syntaxfehler: Hier fehlt etwas</translation>
    </message>
    <message>
        <source>YAML syntax error</source>
        <translation>YAML-Syntaxfehler</translation>
    </message>
    <message>
        <source>a second YAML document; Berth edits files of one document</source>
        <translation>ein zweites YAML-Dokument; Berth bearbeitet Dateien mit einem Dokument</translation>
    </message>
    <message>
        <source>a YAML construct Berth cannot edit (%1)</source>
        <translation>ein YAML-Konstrukt, das Berth nicht bearbeiten kann (%1)</translation>
    </message>
    <message>
        <source>a complex or empty mapping key, which Berth cannot edit</source>
        <translation>ein komplexer oder leerer Mapping-Schlüssel, den Berth nicht bearbeiten kann</translation>
    </message>
    <message>
        <source>a single-pair mapping inside a flow sequence, which Berth cannot edit</source>
        <translation>ein Mapping mit einem Paar in einer Flow-Sequenz, das Berth nicht bearbeiten kann</translation>
    </message>
    <message>
        <source>the YAML parser gave up</source>
        <translation>der YAML-Parser hat aufgegeben</translation>
    </message>
</context>
<context>
    <name>Berth::ConfigView</name>
    <message>
        <source>The text does not parse, so the form is read-only until it does: %1</source>
        <translation>Der Text lässt sich nicht parsen, daher ist das Formular schreibgeschützt, bis er es tut: %1</translation>
    </message>
</context>
<context>
    <name>Berth::ContainerQuery</name>
    <message>
        <source>The Docker daemon&apos;s list of containers is larger than Berth reads.</source>
        <translation>Die Containerliste des Docker-Daemons ist größer, als Berth liest.</translation>
    </message>
    <message>
        <source>The Docker daemon&apos;s list of containers is not the JSON array Berth expects (%1).</source>
        <translation>Die Containerliste des Docker-Daemons ist nicht das JSON-Array, das Berth erwartet (%1).</translation>
    </message>
</context>
<context>
    <name>Berth::Corrections</name>
    <message>
        <source>No `version:` key in the compose file</source>
        <translation>Kein Schlüssel `version:` in der Compose-Datei</translation>
    </message>
    <message>
        <source>The article starts the compose file with `version: &quot;3&quot;`. Compose v2 follows the Compose Specification, which has no versions: the key is ignored and every command prints &quot;the attribute `version` is obsolete&quot;. Berth leaves it out and names the project with the top-level `name:` key instead.</source>
        <translation>Der Artikel beginnt die Compose-Datei mit `version: &quot;3&quot;`. Compose v2 folgt der Compose Specification, die keine Versionen kennt: Der Schlüssel wird ignoriert, und jeder Befehl gibt „the attribute `version` is obsolete“ aus. Berth lässt ihn weg und benennt das Projekt stattdessen mit dem Schlüssel `name:` auf oberster Ebene.</translation>
    </message>
    <message>
        <source>`python_files`, not `python_file`, in pytest.ini</source>
        <translation>`python_files`, nicht `python_file`, in pytest.ini</translation>
    </message>
    <message>
        <source>The article&apos;s pytest.ini sets `python_file`, which pytest does not know. pytest reports an unknown key as a PytestConfigWarning, and under the article&apos;s own `-W error` that warning becomes an error: pytest stops with an internal error (exit code 3) before it collects a single test. Without `-W error` it only warns and keeps its default patterns (test_*.py, *_test.py), so Django&apos;s `tests.py` files are never collected. The key is `python_files`. The tests service also runs pytest with `--strict-config`, which makes any misspelled key an error with a clear message.</source>
        <translation>Die pytest.ini des Artikels setzt `python_file`, das pytest nicht kennt. pytest meldet einen unbekannten Schlüssel als PytestConfigWarning, und mit dem `-W error`, das der Artikel selbst verwendet, wird diese Warnung zum Fehler: pytest bricht mit einem internen Fehler (Exit-Code 3) ab, bevor es auch nur einen Test sammelt. Ohne `-W error` warnt es nur und behält seine Standardmuster (test_*.py, *_test.py), sodass die `tests.py`-Dateien von Django nie gesammelt werden. Der Schlüssel heißt `python_files`. Außerdem führt der Dienst tests pytest mit `--strict-config` aus, wodurch jeder falsch geschriebene Schlüssel zu einem Fehler mit einer klaren Meldung wird.</translation>
    </message>
    <message>
        <source>Wait until Postgres accepts connections</source>
        <translation>Warten, bis Postgres Verbindungen annimmt</translation>
    </message>
    <message>
        <source>`depends_on: [database]` only waits until the database container runs, not until Postgres accepts connections, so the first `migrate` or test run races the database&apos;s start-up and fails now and then. Berth gives the database a healthcheck and makes app, manage and tests depend on `condition: service_healthy`. The check is `pg_isready -h 127.0.0.1` with the role and database from the env file: without `-h` it asks the Unix socket, which the image&apos;s temporary server answers while it initialises a new volume (it listens on no TCP address then), so the service turned healthy before Postgres was reachable. `-U` keeps Postgres from logging a failed login as &quot;root&quot; every few seconds, the variables are written `$$` so the container, not Compose, expands them, and `start_interval` checks every second while the database starts.</source>
        <translation>`depends_on: [database]` wartet nur, bis der Datenbank-Container läuft, nicht, bis Postgres Verbindungen annimmt; daher liefert sich das erste `migrate` oder der erste Testlauf ein Rennen mit dem Start der Datenbank und schlägt hin und wieder fehl. Berth gibt der Datenbank einen Healthcheck und macht app, manage und tests von `condition: service_healthy` abhängig. Die Prüfung ist `pg_isready -h 127.0.0.1` mit der Rolle und der Datenbank aus der env-Datei: Ohne `-h` fragt sie den Unix-Socket ab, den der temporäre Server des Images beantwortet, während er ein neues Volume initialisiert (dabei lauscht er auf keiner TCP-Adresse), sodass der Dienst schon healthy war, bevor Postgres erreichbar war. `-U` verhindert, dass Postgres alle paar Sekunden eine fehlgeschlagene Anmeldung als „root“ protokolliert, die Variablen sind als `$$` geschrieben, damit der Container sie auflöst und nicht Compose, und `start_interval` prüft jede Sekunde, solange die Datenbank startet.</translation>
    </message>
    <message>
        <source>Postgres published on 127.0.0.1 only</source>
        <translation>Postgres nur auf 127.0.0.1 veröffentlicht</translation>
    </message>
    <message>
        <source>`ports: [&quot;5432:5432&quot;]` publishes the database on every network interface of your machine, and Docker&apos;s published ports bypass host firewalls such as ufw. With the article&apos;s password that is an open database on the local network. Berth publishes it on `database.host_bind` (127.0.0.1 by default) for your local database GUI, or not at all with `host_port: 0`; containers reach it over the backend network either way. The app&apos;s debugging port is bound the same way.</source>
        <translation>`ports: [&quot;5432:5432&quot;]` veröffentlicht die Datenbank auf allen Netzwerk-Interfaces Ihres Rechners, und von Docker veröffentlichte Ports umgehen Host-Firewalls wie ufw. Mit dem Passwort des Artikels ist das eine offene Datenbank im lokalen Netzwerk. Berth veröffentlicht sie auf `database.host_bind` (standardmäßig 127.0.0.1) für Ihre lokale Datenbank-GUI oder mit `host_port: 0` gar nicht; Container erreichen sie in beiden Fällen über das Backend-Netzwerk. Der Debugging-Port der App wird genauso gebunden.</translation>
    </message>
    <message>
        <source>Autoreload and the bind mount only in development</source>
        <translation>Automatisches Neuladen und Bind-Mount nur in der Entwicklung</translation>
    </message>
    <message>
        <source>The article puts `py-autoreload` into uwsgi.ini and mounts the source over the image in the main compose file, so the image it builds for production polls every file every few seconds and never runs the code it contains, and its tests service runs on every `up`, creating a test database on the production server. Berth keeps uwsgi.ini and the main compose file production-ready and puts the development parts into the override file, which Compose reads next to the main file: `DJANGO_ENV=dev` (the article&apos;s own suggestion), the source bind mount of app, manage and tests, `--py-autoreload`, the tests on `up` (tests.run_on_up), and nginx on nginx.host_bind (127.0.0.1) only, since DEBUG is on there.</source>
        <translation>Der Artikel schreibt `py-autoreload` in die uwsgi.ini und bindet den Quellcode in der Haupt-Compose-Datei über den Inhalt des Images ein. So fragt das Image, das er für die Produktion baut, alle paar Sekunden jede Datei ab und führt nie den Code aus, den es enthält, und sein Dienst tests läuft bei jedem `up` und legt auf dem Produktionsserver eine Testdatenbank an. Berth hält uwsgi.ini und die Haupt-Compose-Datei produktionsreif und legt die Teile für die Entwicklung in die Override-Datei, die Compose neben der Hauptdatei liest: `DJANGO_ENV=dev` (der eigene Vorschlag des Artikels), den Bind-Mount des Quellcodes für app, manage und tests, `--py-autoreload`, die Tests bei `up` (tests.run_on_up) und nginx nur auf nginx.host_bind (127.0.0.1), da dort DEBUG an ist.</translation>
    </message>
    <message>
        <source>A random password in a git-ignored secrets file</source>
        <translation>Ein zufälliges Passwort in einer von git ignorierten Secrets-Datei</translation>
    </message>
    <message>
        <source>The article&apos;s env file holds `database_password` and is easy to commit. Berth writes a fresh random password for every project (letters, digits and -_. only, so no env-file quoting or `$` interpolation can change it) into data/postgres/database_env with mode 0600, adds it to .gitignore and .dockerignore (so it is neither committed nor baked into the image), keeps an existing password when it regenerates, and never writes the password into berth.yaml or a hash of it into .berth/manifest.json (which records the file with its secret values blanked out). Note that Postgres reads POSTGRES_* only when its data volume is empty.</source>
        <translation>Die env-Datei des Artikels enthält `database_password` und ist schnell committet. Berth schreibt für jedes Projekt ein neues zufälliges Passwort (nur Buchstaben, Ziffern und -_., damit weder Quoting in der env-Datei noch `$`-Interpolation es verändern kann) mit Modus 0600 nach data/postgres/database_env, trägt die Datei in .gitignore und .dockerignore ein (sodass sie weder committet noch ins Image eingebaut wird), behält beim Neuerzeugen ein vorhandenes Passwort bei und schreibt das Passwort nie in berth.yaml und auch keinen Hash davon in .berth/manifest.json (das die Datei mit geleerten geheimen Werten verzeichnet). Beachten Sie, dass Postgres POSTGRES_* nur liest, wenn sein Daten-Volume leer ist.</translation>
    </message>
    <message>
        <source>Files created in the containers belong to you</source>
        <translation>In den Containern angelegte Dateien gehören Ihnen</translation>
    </message>
    <message>
        <source>The article&apos;s containers run as root, so on a Linux host `manage.py makemigrations` (and pytest&apos;s caches) leave root-owned files in your project that your editor cannot save. Berth&apos;s image creates a user with your user and group id (build arguments HOST_UID/HOST_GID, defaulting to container.host_uid/host_gid) and runs app, manage and tests as that user.</source>
        <translation>Die Container des Artikels laufen als root, daher hinterlassen `manage.py makemigrations` (und die Caches von pytest) auf einem Linux-Host Dateien in Ihrem Projekt, die root gehören und die Ihr Editor nicht speichern kann. Das Image von Berth legt einen Benutzer mit Ihrer Benutzer- und Gruppen-ID an (Build-Argumente HOST_UID/HOST_GID, standardmäßig container.host_uid/host_gid) und führt app, manage und tests unter diesem Benutzer aus.</translation>
    </message>
    <message>
        <source>uwsgi stops on `docker stop`</source>
        <translation>uwsgi beendet sich bei `docker stop`</translation>
    </message>
    <message>
        <source>uwsgi before 2.1 takes SIGTERM, the signal `docker stop` sends, as &quot;reload&quot;, so the container ignores it until Docker kills it ten seconds later. Berth sets `die-on-term`; it also sets `need-app` (a project that fails to import stops uwsgi instead of answering every request with an error), `strict` (a misspelled option is an error) and `vacuum`.</source>
        <translation>uwsgi vor 2.1 versteht SIGTERM, das Signal, das `docker stop` sendet, als „reload“, daher ignoriert der Container es, bis Docker ihn zehn Sekunden später hart beendet. Berth setzt `die-on-term`; außerdem setzt es `need-app` (ein Projekt, dessen Import fehlschlägt, beendet uwsgi, statt jede Anfrage mit einem Fehler zu beantworten), `strict` (eine falsch geschriebene Option ist ein Fehler) und `vacuum`.</translation>
    </message>
    <message>
        <source>Django actually uses the Postgres database</source>
        <translation>Django verwendet tatsächlich die Postgres-Datenbank</translation>
    </message>
    <message>
        <source>The article starts Postgres but never tells Django about it: the project keeps using SQLite inside the container. Berth writes a docker_settings module next to your settings that imports them and sets DATABASES from the env file&apos;s POSTGRES_* variables (host `database`), adds a Postgres driver to requirements.txt and points DJANGO_SETTINGS_MODULE of the containers and pytest at it. Your own settings file is not changed.</source>
        <translation>Der Artikel startet Postgres, sagt Django aber nichts davon: Das Projekt verwendet im Container weiterhin SQLite. Berth schreibt neben Ihre Settings ein Modul docker_settings, das diese importiert und DATABASES aus den POSTGRES_*-Variablen der env-Datei setzt (Host `database`), fügt requirements.txt einen Postgres-Treiber hinzu und richtet DJANGO_SETTINGS_MODULE der Container und von pytest darauf aus. Ihre eigene Settings-Datei wird nicht geändert.</translation>
    </message>
    <message>
        <source>Django behind nginx with DEBUG off</source>
        <translation>Django hinter nginx mit DEBUG aus</translation>
    </message>
    <message>
        <source>With DEBUG off Django refuses every host not in ALLOWED_HOSTS and serves no static files, so the article&apos;s setup shows &quot;Bad Request (400)&quot; and an unstyled admin as soon as DJANGO_ENV=prod means what it says. Berth sets ALLOWED_HOSTS from nginx&apos;s server_name (overridable with DJANGO_ALLOWED_HOSTS), runs collectstatic when uwsgi starts into a volume that nginx serves at /static/, and makes nginx overwrite X-Forwarded-Proto and drop X-Forwarded-Ssl, which uwsgi and Django would otherwise trust from any client.</source>
        <translation>Mit DEBUG aus weist Django jeden Host ab, der nicht in ALLOWED_HOSTS steht, und liefert keine statischen Dateien aus; das Setup des Artikels zeigt daher „Bad Request (400)“ und eine Admin-Oberfläche ohne Styles, sobald DJANGO_ENV=prod hält, was es verspricht. Berth setzt ALLOWED_HOSTS aus dem server_name von nginx (überschreibbar mit DJANGO_ALLOWED_HOSTS), führt beim Start von uwsgi collectstatic in ein Volume aus, das nginx unter /static/ ausliefert, und lässt nginx X-Forwarded-Proto überschreiben und X-Forwarded-Ssl entfernen, denen uwsgi und Django sonst von jedem Client vertrauen würden.</translation>
    </message>
    <message>
        <source>requirements.txt has what the setup runs</source>
        <translation>requirements.txt enthält, was das Setup ausführt</translation>
    </message>
    <message>
        <source>The article asks you to add pytest and pytest-django to requirements.txt by hand and never mentions a Postgres driver. Berth adds the missing ones at the end of your requirements.txt, leaving every line you wrote, including your pins, as it is. A lock file (requirements.lock) and a pyproject.toml without a requirements file are never edited: the missing ones go into berth-requirements.txt beside them, which the image installs after them.</source>
        <translation>Der Artikel lässt Sie pytest und pytest-django von Hand in requirements.txt eintragen und erwähnt nie einen Postgres-Treiber. Berth ergänzt die fehlenden Pakete am Ende Ihrer requirements.txt und lässt jede Zeile, die Sie geschrieben haben, unverändert, einschließlich Ihrer Versions-Pins. Eine Lock-Datei (requirements.lock) und eine pyproject.toml ohne Anforderungsdatei werden nie bearbeitet: Die fehlenden Pakete kommen in eine berth-requirements.txt daneben, die das Image nach ihnen installiert.</translation>
    </message>
    <message>
        <source>A Dockerfile without dead steps</source>
        <translation>Ein Dockerfile ohne tote Schritte</translation>
    </message>
    <message>
        <source>The article&apos;s `apt-get update &amp;&amp; apt-get install -y` installs nothing and leaves the package lists in the image, and `ENV KEY value` is the legacy form Docker now warns about. Berth drops the empty install, writes `ENV KEY=value`, copies and installs the requirements before the code (a code change no longer reinstalls every package), keeps pip&apos;s downloads in a BuildKit cache mount instead of the image, sets PYTHONDONTWRITEBYTECODE, creates the user with `--no-log-init` (a large user id otherwise makes a huge lastlog file), builds uwsgi in a separate stage for slim images so the compiler stays out of the image the app runs in, and sets WORKDIR so `docker compose run` starts in the project.</source>
        <translation>Das `apt-get update &amp;&amp; apt-get install -y` des Artikels installiert nichts und lässt die Paketlisten im Image zurück, und `ENV KEY value` ist die veraltete Form, vor der Docker inzwischen warnt. Berth lässt die leere Installation weg, schreibt `ENV KEY=value`, kopiert und installiert die Anforderungen vor dem Code (eine Codeänderung installiert nicht mehr jedes Paket neu), hält die Downloads von pip in einem BuildKit-Cache-Mount statt im Image, setzt PYTHONDONTWRITEBYTECODE, legt den Benutzer mit `--no-log-init` an (eine große Benutzer-ID erzeugt sonst eine riesige lastlog-Datei), baut uwsgi bei slim-Images in einer eigenen Build-Stage, damit der Compiler nicht in das Image gelangt, in dem die App läuft, und setzt WORKDIR, damit `docker compose run` im Projekt startet.</translation>
    </message>
    <message>
        <source>The manage service does not start with `up`</source>
        <translation>Der Dienst manage startet nicht mit `up`</translation>
    </message>
    <message>
        <source>In the article `docker-compose up` also starts the manage service, which runs `manage.py shell` without a terminal and exits at once. Berth puts manage into the `tools` profile: `docker compose run --rm manage migrate` works as before, `up` leaves it alone. The tests service follows tests.run_on_up.</source>
        <translation>Im Artikel startet `docker-compose up` auch den Dienst manage, der `manage.py shell` ohne Terminal ausführt und sich sofort beendet. Berth ordnet manage dem Profil `tools` zu: `docker compose run --rm manage migrate` funktioniert wie bisher, `up` lässt den Dienst in Ruhe. Der Dienst tests richtet sich nach tests.run_on_up.</translation>
    </message>
    <message>
        <source>`docker compose up -d`, not `-D`</source>
        <translation>`docker compose up -d`, nicht `-D`</translation>
    </message>
    <message>
        <source>The article suggests `docker-compose up -D` for running in the background; the option is `-d` (`-D` is not an option of `up`), and Compose v2 is the `docker compose` plugin rather than the `docker-compose` program. DOCKER.md lists the commands as they are today.</source>
        <translation>Der Artikel schlägt `docker-compose up -D` für den Betrieb im Hintergrund vor; die Option heißt `-d` (`-D` ist keine Option von `up`), und Compose v2 ist das Plugin `docker compose` und nicht das Programm `docker-compose`. DOCKER.md führt die Befehle so auf, wie sie heute lauten.</translation>
    </message>
    <message>
        <source>The data volume where Postgres 18 keeps its data</source>
        <translation>Das Daten-Volume dort, wo Postgres 18 seine Daten speichert</translation>
    </message>
    <message>
        <source>From Postgres 18 the image keeps its data in /var/lib/postgresql/18/docker and declares /var/lib/postgresql as its volume. Current postgres:18 images refuse to start when a volume is mounted at the article&apos;s /var/lib/postgresql/data (an &quot;unused mount&quot; error that names the new path) instead of silently keeping the database outside it. For postgres:18 and newer (and untagged or latest images) Berth mounts pg_data at /var/lib/postgresql, so the database starts and survives the container.</source>
        <translation>Ab Postgres 18 legt das Image seine Daten in /var/lib/postgresql/18/docker ab und deklariert /var/lib/postgresql als sein Volume. Aktuelle postgres:18-Images starten nicht, wenn wie im Artikel ein Volume unter /var/lib/postgresql/data eingebunden ist (ein Fehler „unused mount“, der den neuen Pfad nennt), statt die Datenbank stillschweigend außerhalb des Volumes zu speichern. Bei postgres:18 und neuer (sowie bei Images ohne Tag oder mit latest) bindet Berth pg_data unter /var/lib/postgresql ein, sodass die Datenbank startet und den Container überdauert.</translation>
    </message>
    <message>
        <source>A secret SECRET_KEY in production</source>
        <translation>Ein geheimer SECRET_KEY in der Produktion</translation>
    </message>
    <message>
        <source>A project from `django-admin startproject` has a `django-insecure-` SECRET_KEY committed in its settings, and the article runs production with it: anyone who reads the repository can forge sessions and password-reset links. Berth generates a random 64-character key into data/django/django_env (git-ignored, docker-ignored, mode 0600, kept on every later run), the compose file passes it to app, manage and tests, and docker_settings refuses to start with DEBUG off and a missing, short or `django-insecure-` key.</source>
        <translation>Ein mit `django-admin startproject` angelegtes Projekt hat in seinen Settings einen committeten SECRET_KEY mit `django-insecure-`, und der Artikel betreibt die Produktion damit: Wer das Repository liest, kann Sessions und Links zum Zurücksetzen von Passwörtern fälschen. Berth erzeugt einen zufälligen Schlüssel aus 64 Zeichen und schreibt ihn nach data/django/django_env (von git und Docker ignoriert, Modus 0600, bei jedem späteren Lauf beibehalten), die Compose-Datei gibt ihn an app, manage und tests weiter, und docker_settings verweigert mit DEBUG aus den Start, wenn der Schlüssel fehlt, zu kurz ist oder mit `django-insecure-` beginnt.</translation>
    </message>
    <message>
        <source>app, manage and tests share one image</source>
        <translation>app, manage und tests teilen sich ein Image</translation>
    </message>
    <message>
        <source>The article builds the same Dockerfile three times, as three images. Compose skips services of inactive profiles in `build` and `up --build`, and `run` builds an image only when it is missing, so after a requirements change `docker compose run manage` kept running the old dependencies. Berth names one image for app, manage and tests: whatever builds it updates all three.</source>
        <translation>Der Artikel baut dasselbe Dockerfile dreimal, als drei Images. Compose überspringt bei `build` und `up --build` Dienste inaktiver Profile, und `run` baut ein Image nur, wenn es fehlt; daher lief `docker compose run manage` nach einer Änderung der Anforderungen weiter mit den alten Abhängigkeiten. Berth gibt app, manage und tests ein und dasselbe benannte Image: Was auch immer es baut, aktualisiert alle drei.</translation>
    </message>
    <message>
        <source>uwsgi ready for real requests</source>
        <translation>uwsgi bereit für echte Anfragen</translation>
    </message>
    <message>
        <source>uwsgi&apos;s defaults are not what a web app needs. Berth sets `buffer-size = 32768` (the default 4096 bytes refuse the headers of a browser with large cookies: &quot;invalid request block size&quot;, a 502 in nginx), `harakiri` equal to nginx&apos;s `proxy_read_timeout` (a stuck request is stopped when nobody waits for it any more), `max-requests` and a per-worker lifetime with a delta (workers are recycled one at a time, which bounds slow memory leaks; uwsgi 2.0&apos;s strict mode refuses the 2.1 option max-requests-delta) and `single-interpreter`, as Django expects.</source>
        <translation>Die Standardwerte von uwsgi sind nicht das, was eine Web-App braucht. Berth setzt `buffer-size = 32768` (die Vorgabe von 4096 Bytes weist die Header eines Browsers mit großen Cookies ab: „invalid request block size“, ein 502 in nginx), `harakiri` gleich dem `proxy_read_timeout` von nginx (eine hängende Anfrage wird abgebrochen, wenn niemand mehr auf sie wartet), `max-requests` und eine Lebensdauer pro Worker mit einem Delta (die Worker werden einer nach dem anderen ersetzt, was langsame Speicherlecks begrenzt; der strict-Modus von uwsgi 2.0 lehnt die 2.1-Option max-requests-delta ab) und `single-interpreter`, wie Django es erwartet.</translation>
    </message>
    <message>
        <source>nginx as a production front end</source>
        <translation>nginx als Frontend für die Produktion</translation>
    </message>
    <message>
        <source>The article&apos;s nginx site shows its version on every error page, answers any host name, serves no uploaded files and sends static files without cache headers or compression; Compose also starts it with the app&apos;s address of the moment, so after `up -d --build` recreated app nginx answered 502. Berth sets `server_tokens off`, adds a default server that drops requests for unknown hosts, a /media/ location on a media_files volume the app writes into, gzip and cache headers for /static/, restarts nginx when app is recreated (`depends_on` with `restart: true`), and publishes port 443 only when nginx.https_port is set for your TLS server.</source>
        <translation>Die nginx-Site des Artikels zeigt auf jeder Fehlerseite die nginx-Version, antwortet auf jeden Hostnamen, liefert keine hochgeladenen Dateien aus und sendet statische Dateien ohne Cache-Header und ohne Komprimierung; außerdem startet Compose nginx mit der Adresse, die die App gerade hat, sodass nginx mit 502 antwortete, nachdem `up -d --build` app neu erstellt hatte. Berth setzt `server_tokens off`, fügt einen Default-Server hinzu, der Anfragen für unbekannte Hosts verwirft, eine location /media/ auf einem Volume media_files, in das die App schreibt, sowie gzip und Cache-Header für /static/, startet nginx neu, wenn app neu erstellt wird (`depends_on` mit `restart: true`), und veröffentlicht Port 443 nur, wenn nginx.https_port für Ihren TLS-Server gesetzt ist.</translation>
    </message>
    <message>
        <source>nginx runs as itself, not under a shell loop</source>
        <translation>nginx läuft direkt, nicht in einer Shell-Schleife</translation>
    </message>
    <message>
        <source>The article starts nginx through `/bin/sh -c` with a loop that reloads it every six hours, so that renewed certificates are picked up. The shell is then the container&apos;s first process: a stop signal reaches it, not nginx, the loop hides a crashed reload, and the reload comes up to six hours late or for nothing. Berth runs the image&apos;s own command, nginx in the foreground; reload it when certificates change, for example from certbot&apos;s deploy hook: `docker compose exec nginx nginx -s reload`.</source>
        <translation>Der Artikel startet nginx über `/bin/sh -c` mit einer Schleife, die es alle sechs Stunden neu lädt, damit erneuerte Zertifikate übernommen werden. Die Shell ist dann der erste Prozess des Containers: Ein Stoppsignal erreicht sie und nicht nginx, die Schleife verbirgt ein abgestürztes Neuladen, und das Neuladen kommt bis zu sechs Stunden zu spät oder ganz umsonst. Berth führt den eigenen Befehl des Images aus, nginx im Vordergrund; laden Sie nginx neu, wenn sich Zertifikate ändern, zum Beispiel aus dem Deploy-Hook von certbot: `docker compose exec nginx nginx -s reload`.</translation>
    </message>
    <message>
        <source>Server errors with their traceback in the logs</source>
        <translation>Serverfehler mit Traceback in den Logs</translation>
    </message>
    <message>
        <source>With DEBUG off and no LOGGING setting Django sends request errors only to mail_admins, and without ADMINS a 500 leaves no trace at all: `docker compose logs app` shows the status line and nothing else. Unless your settings define LOGGING, docker_settings sends warnings and errors, tracebacks included, to the console, where Compose collects them (DJANGO_LOG_LEVEL changes Django&apos;s level).</source>
        <translation>Mit DEBUG aus und ohne LOGGING-Einstellung schickt Django Fehler bei Anfragen nur an mail_admins, und ohne ADMINS hinterlässt ein 500 überhaupt keine Spur: `docker compose logs app` zeigt die Statuszeile und sonst nichts. Sofern Ihre Settings kein LOGGING definieren, schickt docker_settings Warnungen und Fehler samt Tracebacks an die Konsole, wo Compose sie sammelt (DJANGO_LOG_LEVEL ändert die Log-Stufe von Django).</translation>
    </message>
    <message>
        <source>A read-only project folder does not fail the tests</source>
        <translation>Ein schreibgeschützter Projektordner lässt die Tests nicht fehlschlagen</translation>
    </message>
    <message>
        <source>The article runs pytest with `-W error`. When the project folder is not writable for the containers&apos; user (HOST_UID is not yours), pytest warns that it cannot write .pytest_cache, and that warning, now an error, fails a passing run. The tests service adds `-W ignore::pytest.PytestCacheWarning` after your arguments: every other warning is still an error, and where the folder is writable the cache still makes &quot;run failed again&quot; work. Berth shows a run that found no tests (pytest&apos;s exit code 5) as &quot;no tests yet&quot;, not as a failure.</source>
        <translation>Der Artikel führt pytest mit `-W error` aus. Wenn der Projektordner für den Benutzer der Container nicht beschreibbar ist (HOST_UID ist nicht Ihre), warnt pytest, dass es .pytest_cache nicht schreiben kann, und diese Warnung, nun ein Fehler, lässt einen erfolgreichen Lauf fehlschlagen. Der Dienst tests hängt `-W ignore::pytest.PytestCacheWarning` hinter Ihre Argumente an: Jede andere Warnung bleibt ein Fehler, und wo der Ordner beschreibbar ist, sorgt der Cache weiterhin dafür, dass „Fehlgeschlagene erneut“ funktioniert. Berth zeigt einen Lauf, der keine Tests gefunden hat (Exit-Code 5 von pytest), als „noch keine Tests“ an, nicht als Fehlschlag.</translation>
    </message>
    <message>
        <source>A plain `docker compose` finds the compose files</source>
        <translation>Ein einfaches `docker compose` findet die Compose-Dateien</translation>
    </message>
    <message>
        <source>Compose looks only for compose.yaml or docker-compose.yml (and NAME.override.EXT beside it) by itself. With other names (compose.file, compose.override_file) the `docker compose up` of DOCKER.md found no project or skipped the development override. Berth writes COMPOSE_FILE into .env, which Compose reads in this folder; where .env or a compose file of your own exists, it leaves them alone and DOCKER.md gives the -f flags.</source>
        <translation>Von sich aus sucht Compose nur nach compose.yaml oder docker-compose.yml (und NAME.override.EXT daneben). Bei anderen Namen (compose.file, compose.override_file) fand das `docker compose up` aus DOCKER.md kein Projekt oder übersprang die Entwicklungs-Override-Datei. Berth schreibt COMPOSE_FILE in die .env, die Compose in diesem Ordner liest; wo bereits eine eigene .env oder Compose-Datei von Ihnen existiert, lässt Berth sie unverändert, und DOCKER.md gibt die Flags -f an.</translation>
    </message>
    <message>
        <source>One SQLite database, on a volume</source>
        <translation>Eine einzige SQLite-Datenbank, auf einem Volume</translation>
    </message>
    <message>
        <source>Without a database service the project keeps its SQLite database. Its file lived inside the app container (lost with it), while `manage migrate` wrote the copy in your project through the bind mount, so the site and its migrations used two different databases. Berth points the SQLite database of app and manage at one file on the sqlite_data volume (DJANGO_SQLITE_PATH).</source>
        <translation>Ohne Datenbankdienst behält das Projekt seine SQLite-Datenbank. Deren Datei lag im Container app (und ging mit ihm verloren), während `manage migrate` über den Bind-Mount die Kopie in Ihrem Projekt beschrieb, sodass die Site und ihre Migrationen zwei verschiedene Datenbanken verwendeten. Berth lässt die SQLite-Datenbank von app und manage auf eine einzige Datei im Volume sqlite_data zeigen (DJANGO_SQLITE_PATH).</translation>
    </message>
</context>
<context>
    <name>Berth::DatabasePage</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Postgres in its own container with a persistent volume, or no database service.</source>
        <translation>Postgres in einem eigenen Container mit persistentem Volume oder kein Datenbankdienst.</translation>
    </message>
    <message>
        <source>Postgres</source>
        <translation>Postgres</translation>
    </message>
    <message>
        <source>No database service (keep the project&apos;s own database settings)</source>
        <translation>Kein Datenbankdienst (die eigenen Datenbankeinstellungen des Projekts behalten)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Postgres as in the article, or none</source>
        <translation>Postgres wie im Artikel oder keine</translation>
    </message>
    <message>
        <source>Postgres image:</source>
        <translation>Postgres-Image:</translation>
    </message>
    <message>
        <source>From postgres:18 the data lives under /var/lib/postgresql; Berth mounts the right path</source>
        <translation>Ab postgres:18 liegen die Daten unter /var/lib/postgresql; Berth bindet den richtigen Pfad ein</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>The role the image creates on first start (POSTGRES_USER)</source>
        <translation>Die Rolle, die das Image beim ersten Start anlegt (POSTGRES_USER)</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>Datenbankname:</translation>
    </message>
    <message>
        <source>The database the image creates on first start (POSTGRES_DB)</source>
        <translation>Die Datenbank, die das Image beim ersten Start anlegt (POSTGRES_DB)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Random, written only to the git-ignored secrets file (mode 0600), never to berth.yaml</source>
        <translation>Zufällig, nur in die von git ignorierte Secrets-Datei (Modus 0600) geschrieben, nie in berth.yaml</translation>
    </message>
    <message>
        <source>Postgres reads the password only when its volume is empty: for an existing database, change it with ALTER ROLE as well.</source>
        <translation>Postgres liest das Passwort nur, wenn sein Volume leer ist: Ändern Sie es bei einer bestehenden Datenbank auch mit ALTER ROLE.</translation>
    </message>
    <message>
        <source>Publish on host port:</source>
        <translation>Auf Host-Port veröffentlichen:</translation>
    </message>
    <message>
        <source>For a database GUI on this computer; 0 keeps Postgres unpublished</source>
        <translation>Für eine Datenbank-GUI auf diesem Computer; 0 lässt Postgres unveröffentlicht</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>…bound to address:</source>
        <translation>…gebunden an Adresse:</translation>
    </message>
    <message>
        <source>127.0.0.1 keeps Postgres private to this computer; published ports bypass firewalls such as ufw</source>
        <translation>127.0.0.1 hält Postgres auf diesem Computer privat; veröffentlichte Ports umgehen Firewalls wie ufw</translation>
    </message>
</context>
<context>
    <name>Berth::DjangoProject</name>
    <message>
        <source>no manage.py in %1 or the folders below it</source>
        <translation>keine manage.py in %1 oder den Ordnern darunter</translation>
    </message>
    <message>
        <source>several manage.py files (%1); using %2</source>
        <translation>mehrere manage.py-Dateien (%1); %2 wird verwendet</translation>
    </message>
    <message>
        <source>%1 does not set DJANGO_SETTINGS_MODULE</source>
        <translation>%1 setzt DJANGO_SETTINGS_MODULE nicht</translation>
    </message>
    <message>
        <source>the settings module %1 is not in %2</source>
        <translation>das Settings-Modul %1 liegt nicht in %2</translation>
    </message>
    <message>
        <source>no WSGI module found (WSGI_APPLICATION in the settings or the modules they import, or a wsgi.py beside urls.py): set django.wsgi_module</source>
        <translation>kein WSGI-Modul gefunden (WSGI_APPLICATION in den Settings oder den Modulen, die sie importieren, oder eine wsgi.py neben urls.py): Setzen Sie django.wsgi_module</translation>
    </message>
    <message>
        <source>the WSGI module %1 is not in %2</source>
        <translation>das WSGI-Modul %1 liegt nicht in %2</translation>
    </message>
    <message>
        <source>requirements.txt is next to %1, not inside it; the image installs %1/requirements.txt</source>
        <translation>requirements.txt liegt neben %1, nicht darin; das Image installiert %1/requirements.txt</translation>
    </message>
</context>
<context>
    <name>Berth::DockerBanner</name>
    <message>
        <source>Docker Program…</source>
        <translation>Docker-Programm…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Choose the docker (or podman) program Berth runs</source>
        <translation>Das docker- (oder podman-)Programm wählen, das Berth ausführt</translation>
    </message>
    <message>
        <source>Docker Program</source>
        <translation>Docker-Programm</translation>
    </message>
    <message>
        <source>%1 Then press Retry.</source>
        <translation>%1 Klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
</context>
<context>
    <name>Berth::DockerEnvironment</name>
    <message>
        <source>Docker %1 is running.</source>
        <translation>Docker %1 läuft.</translation>
    </message>
    <message>
        <source>Docker has not been checked yet.</source>
        <translation>Docker wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <source>The docker command line tool is not installed.</source>
        <translation>Das docker-Kommandozeilenwerkzeug ist nicht installiert.</translation>
    </message>
    <message>
        <source>The Docker daemon is not running.</source>
        <translation>Der Docker-Daemon läuft nicht.</translation>
    </message>
    <message>
        <source>You may not use the Docker daemon&apos;s socket.</source>
        <translation>Sie dürfen den Socket des Docker-Daemons nicht verwenden.</translation>
    </message>
    <message>
        <source>Docker Compose is not installed.</source>
        <translation>Docker Compose ist nicht installiert.</translation>
    </message>
    <message>
        <source>Docker does not answer as expected.</source>
        <translation>Docker antwortet nicht wie erwartet.</translation>
    </message>
    <message>
        <source>Install Docker Engine (Debian and Ubuntu: the docker.io and docker-compose packages), or set the path of the docker program in the settings.</source>
        <translation>Installieren Sie Docker Engine (Debian und Ubuntu: die Pakete docker.io und docker-compose) oder geben Sie in den Einstellungen den Pfad des docker-Programms an.</translation>
    </message>
    <message>
        <source>Install Docker Desktop, or set the path of the docker program in the settings.</source>
        <translation>Installieren Sie Docker Desktop oder geben Sie in den Einstellungen den Pfad des docker-Programms an.</translation>
    </message>
    <message>
        <source> (DOCKER_HOST is %1)</source>
        <translation> (DOCKER_HOST ist %1)</translation>
    </message>
    <message>
        <source>Start it with &quot;sudo systemctl start docker&quot;%1.</source>
        <translation>Starten Sie ihn mit &quot;sudo systemctl start docker&quot;%1.</translation>
    </message>
    <message>
        <source>Start Docker Desktop%1.</source>
        <translation>Starten Sie Docker Desktop%1.</translation>
    </message>
    <message>
        <source>Add your user to the docker group (&quot;sudo usermod -aG docker $USER&quot;), log out and in again. Members of the docker group can control the whole machine; rootless Docker is the alternative. Do not make the socket writable for everyone.</source>
        <translation>Fügen Sie Ihren Benutzer der Gruppe docker hinzu (&quot;sudo usermod -aG docker $USER&quot;), melden Sie sich ab und wieder an. Mitglieder der Gruppe docker können den ganzen Rechner steuern; rootless Docker ist die Alternative. Machen Sie den Socket nicht für alle beschreibbar.</translation>
    </message>
    <message>
        <source>Check that Docker Desktop runs as your user.</source>
        <translation>Prüfen Sie, ob Docker Desktop unter Ihrem Benutzer läuft.</translation>
    </message>
    <message>
        <source>Install the Compose plugin (Debian and Ubuntu: the docker-compose or docker-compose-plugin package).</source>
        <translation>Installieren Sie das Compose-Plugin (Debian und Ubuntu: das Paket docker-compose oder docker-compose-plugin).</translation>
    </message>
    <message>
        <source>Update Docker Desktop, which includes Compose.</source>
        <translation>Aktualisieren Sie Docker Desktop, das Compose enthält.</translation>
    </message>
    <message>
        <source>Check what the docker command said.</source>
        <translation>Prüfen Sie, was der docker-Befehl gemeldet hat.</translation>
    </message>
    <message>
        <source>the docker command line tool was not found</source>
        <translation>das Kommandozeilenprogramm docker wurde nicht gefunden</translation>
    </message>
    <message>
        <source>docker context ls printed something Berth cannot read: %1</source>
        <translation>docker context ls hat etwas ausgegeben, das Berth nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>The Docker daemon on %1 is not running.</source>
        <translation>Der Docker-Daemon auf %1 läuft nicht.</translation>
    </message>
    <message>
        <source>Start it on %1 (for example &quot;sudo systemctl start docker&quot; there), or choose another engine. Berth connects again by itself once it runs.</source>
        <translation>Starten Sie ihn auf %1 (zum Beispiel dort mit „sudo systemctl start docker“) oder wählen Sie eine andere Engine. Berth verbindet sich von selbst wieder, sobald er läuft.</translation>
    </message>
</context>
<context>
    <name>Berth::Doctor</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; the doctor changes only UTF-8 files: save it as UTF-8 first</source>
        <translation>%1 ist kein UTF-8-Text; der Doktor ändert nur UTF-8-Dateien: Speichern Sie sie zuerst als UTF-8</translation>
    </message>
    <message>
        <source>%1 changed since the check; check again</source>
        <translation>%1 hat sich seit der Prüfung geändert; prüfen Sie erneut</translation>
    </message>
    <message>
        <source>cannot keep a backup of %1 in %2: %3</source>
        <translation>Keine Sicherung von %1 in %2 möglich: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>berth.yaml does not validate</source>
        <translation>berth.yaml ist nicht gültig</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>berth.yaml says the setup has this file. Write it again with File ▸ Change Setup… or `berth generate --spec berth.yaml --out .`.</source>
        <translation>Laut berth.yaml gehört diese Datei zum Setup. Schreiben Sie sie erneut mit Datei ▸ Setup ändern… oder `berth generate --spec berth.yaml --out .`.</translation>
    </message>
    <message>
        <source>%1 was edited since Berth wrote it, and differs from what berth.yaml says</source>
        <translation>%1 wurde bearbeitet, seit Berth die Datei schrieb, und weicht von berth.yaml ab</translation>
    </message>
    <message>
        <source>Your edit stays; Change Setup… shows the difference and replaces the file only when you tick it (with a backup). If the edit is a value berth.yaml holds (a port, an image), change it in berth.yaml too, so the two agree.</source>
        <translation>Ihre Änderung bleibt; Setup ändern… zeigt den Unterschied und ersetzt die Datei nur, wenn Sie sie ankreuzen (mit Sicherung). Ist die Änderung ein Wert aus berth.yaml (ein Port, ein Image), ändern Sie ihn auch in berth.yaml, damit beide übereinstimmen.</translation>
    </message>
    <message>
        <source>%1 is older than berth.yaml, and has edits of yours</source>
        <translation>%1 ist älter als berth.yaml und enthält Änderungen von Ihnen</translation>
    </message>
    <message>
        <source>berth.yaml has changed since Berth wrote this file. It holds secrets, so the doctor does not rewrite it: Change Setup… merges berth.yaml&apos;s changes with your edits.</source>
        <translation>berth.yaml hat sich geändert, seit Berth diese Datei schrieb. Sie enthält Secrets, daher schreibt der Doktor sie nicht neu: Setup ändern… führt die Änderungen von berth.yaml mit Ihren Änderungen zusammen.</translation>
    </message>
    <message>
        <source>berth.yaml has changed since Berth wrote this file; the stack still runs the old setting. Your edits and the new setting do not overlap: the fix merges them.</source>
        <translation>berth.yaml hat sich geändert, seit Berth diese Datei schrieb; der Stack läuft noch mit der alten Einstellung. Ihre Änderungen und die neue Einstellung überschneiden sich nicht: Die Korrektur führt sie zusammen.</translation>
    </message>
    <message>
        <source>merge berth.yaml&apos;s changes into %1, keeping your edits</source>
        <translation>die Änderungen von berth.yaml in %1 übernehmen und Ihre Änderungen behalten</translation>
    </message>
    <message>
        <source>%1 is older than berth.yaml</source>
        <translation>%1 ist älter als berth.yaml</translation>
    </message>
    <message>
        <source>The file is as Berth wrote it, but berth.yaml has changed since; the stack still runs the old setting.</source>
        <translation>Die Datei ist so, wie Berth sie schrieb, aber berth.yaml hat sich seitdem geändert; der Stack läuft noch mit der alten Einstellung.</translation>
    </message>
    <message>
        <source>write %1 as berth.yaml says</source>
        <translation>%1 so schreiben, wie berth.yaml es vorgibt</translation>
    </message>
    <message>
        <source>give %1 the env file %2, which sets %3</source>
        <translation>%1 die env-Datei %2 geben, die %3 setzt</translation>
    </message>
    <message>
        <source>%1 gets no POSTGRES_PASSWORD</source>
        <translation>%1 bekommt kein POSTGRES_PASSWORD</translation>
    </message>
    <message>
        <source>The postgres image stops at its first start without a password. Set POSTGRES_PASSWORD in its env file (%1).</source>
        <translation>Das postgres-Image bricht beim ersten Start ohne Passwort ab. Setzen Sie POSTGRES_PASSWORD in seiner env-Datei (%1).</translation>
    </message>
    <message>
        <source>none is listed</source>
        <translation>keine ist angegeben</translation>
    </message>
    <message>
        <source>The settings read %1, which %2 does not get</source>
        <translation>Die Settings lesen %1, das %2 nicht bekommt</translation>
    </message>
    <message>
        <source>No env file of %1 (%2) and no entry of its environment sets %3, so Django&apos;s DATABASES %4. Add %3 to the env file the database uses (and list that file under %1&apos;s env_file), or to %1&apos;s environment.</source>
        <translation>Keine env-Datei von %1 (%2) und kein Eintrag seines environment setzt %3: Djangos DATABASES %4. Fügen Sie %3 zur env-Datei der Datenbank hinzu (und tragen Sie diese Datei unter env_file von %1 ein) oder zum environment von %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>fails with KeyError when Django starts</source>
        <translation>scheitert beim Start von Django mit KeyError</translation>
    </message>
    <message>
        <source>gets None for it</source>
        <translation>bekommt dafür None</translation>
    </message>
    <message>
        <source>The compose file does not parse</source>
        <translation>Die Compose-Datei lässt sich nicht parsen</translation>
    </message>
    <message>
        <source>%1 waits for %2 to be healthy, but %2 has no healthcheck</source>
        <translation>%1 wartet, bis %2 healthy ist, aber %2 hat keinen Healthcheck</translation>
    </message>
    <message>
        <source>Compose starts %1 only when %2 reports healthy, which a service without a healthcheck never does (unless its image has a HEALTHCHECK). Give %2 a healthcheck, or wait only for its start.</source>
        <translation>Compose startet %1 erst, wenn %2 healthy meldet, was ein Dienst ohne Healthcheck nie tut (außer sein Image hat einen HEALTHCHECK). Geben Sie %2 einen Healthcheck oder warten Sie nur auf seinen Start.</translation>
    </message>
    <message>
        <source>wait for %1 to start instead</source>
        <translation>stattdessen auf den Start von %1 warten</translation>
    </message>
    <message>
        <source>%1 publishes port %2 on every interface while DEBUG is on</source>
        <translation>%1 veröffentlicht Port %2 auf allen Interfaces, während DEBUG an ist</translation>
    </message>
    <message>
        <source>With DEBUG on, Django shows settings and tracebacks to whoever reaches it; on 0.0.0.0 that is anyone on your network. Publish on 127.0.0.1 instead.</source>
        <translation>Mit DEBUG zeigt Django Settings und Tracebacks jedem, der es erreicht; auf 0.0.0.0 ist das jeder in Ihrem Netzwerk. Veröffentlichen Sie stattdessen auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>publish on 127.0.0.1</source>
        <translation>auf 127.0.0.1 veröffentlichen</translation>
    </message>
    <message>
        <source>%1 joins the network %2, which the file does not declare</source>
        <translation>%1 tritt dem Netzwerk %2 bei, das die Datei nicht deklariert</translation>
    </message>
    <message>
        <source>Compose refuses to start a service on an undeclared network. Declare it under networks:.</source>
        <translation>Compose startet keinen Dienst in einem nicht deklarierten Netzwerk. Deklarieren Sie es unter networks:.</translation>
    </message>
    <message>
        <source>declare the network %1</source>
        <translation>das Netzwerk %1 deklarieren</translation>
    </message>
    <message>
        <source>%1 mounts the named volume %2, which the file does not declare</source>
        <translation>%1 bindet das benannte Volume %2 ein, das die Datei nicht deklariert</translation>
    </message>
    <message>
        <source>Compose refuses a named volume that is not declared under volumes:.</source>
        <translation>Compose lehnt ein benanntes Volume ab, das nicht unter volumes: deklariert ist.</translation>
    </message>
    <message>
        <source>declare the volume %1</source>
        <translation>das Volume %1 deklarieren</translation>
    </message>
    <message>
        <source>%1 reads the env file %2, which does not exist</source>
        <translation>%1 liest die env-Datei %2, die nicht existiert</translation>
    </message>
    <message>
        <source>Compose stops with an error for a missing env_file. Create it (Berth&apos;s wizard writes its secrets files), or remove the entry.</source>
        <translation>Compose bricht bei einem fehlenden env_file mit einem Fehler ab. Legen Sie die Datei an (der Assistent von Berth schreibt seine Secrets-Dateien) oder entfernen Sie den Eintrag.</translation>
    </message>
    <message>
        <source>Host port %1 is published by both %2 and %3</source>
        <translation>Host-Port %1 wird von %2 und %3 veröffentlicht</translation>
    </message>
    <message>
        <source>Only one container can listen on a host port; the second fails to start with &quot;port is already allocated&quot;. Change one of them.</source>
        <translation>Nur ein Container kann auf einem Host-Port lauschen; der zweite startet nicht, mit &quot;port is already allocated&quot;. Ändern Sie einen der beiden.</translation>
    </message>
    <message>
        <source>nginx sends requests to port %1, but uwsgi listens on %2</source>
        <translation>nginx schickt Anfragen an Port %1, aber uwsgi lauscht auf %2</translation>
    </message>
    <message>
        <source>Every request through nginx then ends in 502 Bad Gateway. The port in nginx&apos;s upstream must be uwsgi&apos;s (%1 in %2).</source>
        <translation>Dann endet jede Anfrage über nginx mit 502 Bad Gateway. Der Port in nginx&apos; upstream muss der von uwsgi sein (%1 in %2).</translation>
    </message>
    <message>
        <source>send nginx&apos;s requests to port %1</source>
        <translation>nginx&apos; Anfragen an Port %1 schicken</translation>
    </message>
    <message>
        <source>%1 publishes container port %2, but uwsgi listens on %3</source>
        <translation>%1 veröffentlicht Container-Port %2, aber uwsgi lauscht auf %3</translation>
    </message>
    <message>
        <source>The published port leads nowhere: nothing in the container listens on it.</source>
        <translation>Der veröffentlichte Port führt ins Leere: Im Container lauscht nichts darauf.</translation>
    </message>
    <message>
        <source>Host port %1 of %2 is in use on this machine (by this stack if it is up, or by another program)</source>
        <translation>Host-Port %1 von %2 ist auf diesem Rechner belegt (von diesem Stack, falls er läuft, oder von einem anderen Programm)</translation>
    </message>
    <message>
        <source>Something listens on port %1 already. If it is not this project&apos;s %2, `docker compose up` fails with &quot;address already in use&quot;: stop the other program, or publish %2 on another host port.</source>
        <translation>Auf Port %1 lauscht bereits etwas. Ist es nicht %2 dieses Projekts, schlägt `docker compose up` mit &quot;address already in use&quot; fehl: Beenden Sie das andere Programm oder veröffentlichen Sie %2 auf einem anderen Host-Port.</translation>
    </message>
    <message>
        <source>Production&apos;s SECRET_KEY is written in %1</source>
        <translation>Der SECRET_KEY der Produktion steht in %1</translation>
    </message>
    <message>
        <source>Whoever can read the repository can sign sessions, password-reset links and cookies as your site. Read it from the environment (os.environ[&quot;DJANGO_SECRET_KEY&quot;]), put a new key in a git-ignored env file, and treat the old one as leaked.</source>
        <translation>Wer das Repository lesen kann, kann Sessions, Links zum Zurücksetzen von Passwörtern und Cookies im Namen Ihrer Site signieren. Lesen Sie ihn aus der Umgebung (os.environ[&quot;DJANGO_SECRET_KEY&quot;]), legen Sie einen neuen Schlüssel in einer von git ignorierten env-Datei ab und betrachten Sie den alten als kompromittiert.</translation>
    </message>
    <message>
        <source>%1 gets no %2, so production uses the SECRET_KEY written in %3</source>
        <translation>%1 bekommt kein %2, daher verwendet die Produktion den SECRET_KEY aus %3</translation>
    </message>
    <message>
        <source>The settings fall back to a key in the repository when %1 is not set, and no env file of %2 (%3) nor its environment sets it. Put a new key in a git-ignored env file listed under %2&apos;s env_file (Berth&apos;s is data/django/django_env) as %1, and treat the written one as leaked.</source>
        <translation>Die Settings greifen auf einen Schlüssel im Repository zurück, wenn %1 nicht gesetzt ist, und weder eine env-Datei von %2 (%3) noch sein environment setzt ihn. Legen Sie einen neuen Schlüssel als %1 in einer von git ignorierten env-Datei ab, die unter env_file von %2 steht (bei Berth data/django/django_env), und betrachten Sie den geschriebenen als kompromittiert.</translation>
    </message>
    <message>
        <source>%1 gets no %2, which production&apos;s SECRET_KEY reads</source>
        <translation>%1 bekommt kein %2, das der SECRET_KEY der Produktion liest</translation>
    </message>
    <message>
        <source>No env file of %1 (%2) nor its environment sets %3, so Django %4. Put a new key in a git-ignored env file listed under %1&apos;s env_file (Berth&apos;s is data/django/django_env).</source>
        <translation>Weder eine env-Datei von %1 (%2) noch sein environment setzt %3: Django %4. Legen Sie einen neuen Schlüssel in einer von git ignorierten env-Datei ab, die unter env_file von %1 steht (bei Berth data/django/django_env).</translation>
    </message>
    <message>
        <source>stops at its start</source>
        <translation>bricht beim Start ab</translation>
    </message>
    <message>
        <source>runs without a secret key and refuses to start</source>
        <translation>läuft ohne geheimen Schlüssel und verweigert den Start</translation>
    </message>
    <message>
        <source>%1 sets %2 in the compose file</source>
        <translation>%1 setzt %2 in der Compose-Datei</translation>
    </message>
    <message>
        <source>The compose file is committed with the project, and with it the key. Move %1 to an env file that .gitignore lists (Berth&apos;s is data/django/django_env), list that file under env_file, and make a new key: the old one is leaked.</source>
        <translation>Die Compose-Datei wird mit dem Projekt committet und mit ihr der Schlüssel. Verschieben Sie %1 in eine env-Datei, die in .gitignore steht (bei Berth data/django/django_env), tragen Sie diese Datei unter env_file ein und erzeugen Sie einen neuen Schlüssel: Der alte ist kompromittiert.</translation>
    </message>
    <message>
        <source>%1 holds %2, and git does not ignore it</source>
        <translation>%1 enthält %2, und git ignoriert die Datei nicht</translation>
    </message>
    <message>
        <source>A commit would put the key in the repository. Add %1 to .gitignore (and, if it was ever committed, make a new key: `git rm --cached %1`).</source>
        <translation>Ein Commit würde den Schlüssel ins Repository bringen. Fügen Sie %1 zu .gitignore hinzu (und erzeugen Sie, falls sie je committet wurde, einen neuen Schlüssel: `git rm --cached %1`).</translation>
    </message>
    <message>
        <source>nginx serves /static/ from %1, but the static files are at %2 in its container</source>
        <translation>nginx liefert /static/ aus %1 aus, aber die statischen Dateien liegen in seinem Container unter %2</translation>
    </message>
    <message>
        <source>collectstatic writes to STATIC_ROOT (%1 in %2), on the volume %3, which the nginx container mounts at %4: every static file is then a 404. Point the location&apos;s alias there.</source>
        <translation>collectstatic schreibt nach STATIC_ROOT (%1 in %2), auf das Volume %3, das der nginx-Container unter %4 einbindet: Jede statische Datei ist dann ein 404. Richten Sie den alias der location dorthin.</translation>
    </message>
    <message>
        <source>serve /static/ from %1/</source>
        <translation>/static/ aus %1/ ausliefern</translation>
    </message>
    <message>
        <source>The doctor cannot tell where collectstatic puts the static files</source>
        <translation>Der Doktor kann nicht erkennen, wohin collectstatic die statischen Dateien legt</translation>
    </message>
    <message>
        <source>No production settings file assigns STATIC_ROOT, as far as the doctor reads them. nginx serves /static/ from %1.</source>
        <translation>Keine Produktions-Settings-Datei setzt STATIC_ROOT, soweit der Doktor sie liest. nginx liefert /static/ aus %1 aus.</translation>
    </message>
    <message>
        <source>STATIC_ROOT = %1 is not a plain path the doctor can read. Make sure it is on a volume that nginx mounts at %2.</source>
        <translation>STATIC_ROOT = %1 ist kein einfacher Pfad, den der Doktor lesen kann. Stellen Sie sicher, dass er auf einem Volume liegt, das nginx unter %2 einbindet.</translation>
    </message>
    <message>
        <source>STATIC_ROOT %1 is on no volume of %2</source>
        <translation>STATIC_ROOT %1 liegt auf keinem Volume von %2</translation>
    </message>
    <message>
        <source>collectstatic writes the files inside the %1 container only, where nginx cannot read them. Mount a volume at %2 in %1 and the same volume in nginx.</source>
        <translation>collectstatic schreibt die Dateien nur in den Container %1, wo nginx sie nicht lesen kann. Binden Sie in %1 ein Volume unter %2 ein und dasselbe Volume in nginx.</translation>
    </message>
    <message>
        <source>nginx does not mount %1, which holds STATIC_ROOT</source>
        <translation>nginx bindet %1 nicht ein, das STATIC_ROOT enthält</translation>
    </message>
    <message>
        <source>collectstatic writes to %1 in %2, on the volume %3; mount %3 in %4 too (read-only is enough) where the site&apos;s /static/ alias points.</source>
        <translation>collectstatic schreibt nach %1 in %2, auf das Volume %3; binden Sie %3 auch in %4 ein (nur lesend genügt), dort, wohin der /static/-alias der Site zeigt.</translation>
    </message>
    <message>
        <source>Host port %1 of %2 is in use on %3, by the container %4</source>
        <translation>Host-Port %1 von %2 ist auf %3 belegt, vom Container %4</translation>
    </message>
    <message>
        <source>Host port %1 of %2 is in use on %3, by a program outside Docker</source>
        <translation>Host-Port %1 von %2 ist auf %3 belegt, von einem Programm außerhalb von Docker</translation>
    </message>
</context>
<context>
    <name>Berth::DoctorDialog</name>
    <message>
        <source>Check Setup</source>
        <translation>Setup prüfen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>The fix, as a diff</source>
        <translation>Die Korrektur als Diff</translation>
    </message>
    <message>
        <source>&amp;Apply Fix</source>
        <translation>Korrektur &amp;anwenden</translation>
    </message>
    <message>
        <source>Make the change shown above (the old file is kept under .berth/backups/)</source>
        <translation>Die oben gezeigte Änderung vornehmen (die alte Datei wird unter .berth/backups/ aufbewahrt)</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>No problems found in %1.</source>
        <translation>Keine Probleme in %1 gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1, %2 of them errors. Select one to see what it means and its fix.</source>
        <translation>
            <numerusform>%n Problem in %1, davon %2 Fehler. Wählen Sie eines aus, um seine Bedeutung und Korrektur zu sehen.</numerusform>
            <numerusform>%n Probleme in %1, davon %2 Fehler. Wählen Sie eines aus, um seine Bedeutung und Korrektur zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No automatic fix: the explanation above says what to do.</source>
        <translation>Keine automatische Korrektur: Die Erklärung oben sagt, was zu tun ist.</translation>
    </message>
    <message>
        <source>Fix: %1

</source>
        <translation>Korrektur: %1

</translation>
    </message>
    <message>
        <source>The fix was not made: %1</source>
        <translation>Die Korrektur wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Asking %1 which of its ports are in use…</source>
        <translation>%1 wird gefragt, welche seiner Ports belegt sind …</translation>
    </message>
    <message>
        <source>Ports: %1.</source>
        <translation>Ports: %1.</translation>
    </message>
    <message>
        <source>Ports were checked on %1, where the stack runs.</source>
        <translation>Die Ports wurden auf %1 geprüft, wo der Stack läuft.</translation>
    </message>
</context>
<context>
    <name>Berth::DocumentValidator</name>
    <message>
        <source>Could not check the file with docker compose: %1</source>
        <translation>Die Datei konnte nicht mit docker compose geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>Berth::EditorArea</name>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1

Saving replaces the version on disk with yours. Save anyway?</source>
        <translation>%1

Speichern ersetzt die Version auf der Festplatte durch Ihre. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Geöffnete Dateien</translation>
    </message>
</context>
<context>
    <name>Berth::EditorTab</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep My Version</source>
        <translation>Meine Version behalten</translation>
    </message>
    <message>
        <source>Save as UTF-8</source>
        <translation>Als UTF-8 speichern</translation>
    </message>
    <message>
        <source>Write the file as UTF-8 from the next save on</source>
        <translation>Die Datei ab dem nächsten Speichern als UTF-8 schreiben</translation>
    </message>
    <message>
        <source>Text or Configuration view</source>
        <translation>Text- oder Konfigurationsansicht</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>The file as text (F4 switches)</source>
        <translation>Die Datei als Text (F4 wechselt)</translation>
    </message>
    <message>
        <source>The settings as a form (F4 switches)</source>
        <translation>Die Einstellungen als Formular (F4 wechselt)</translation>
    </message>
    <message>
        <source>Switch Text / Configuration</source>
        <translation>Text / Konfiguration umschalten</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened.</source>
        <translation>%1 wurde seit dem Öffnen auf der Festplatte geändert.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2.</source>
        <translation>%1 wurde nicht gespeichert: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>This file is %1, not UTF-8. Berth saves it as %1, keeping every byte you do not change.</source>
        <translation>Diese Datei ist %1, nicht UTF-8. Berth speichert sie als %1 und behält jedes Byte, das Sie nicht ändern.</translation>
    </message>
    <message>
        <source>Cannot reload: %1</source>
        <translation>Neu laden nicht möglich: %1</translation>
    </message>
    <message>
        <source>This file was deleted on disk. Save to write it again.</source>
        <translation>Diese Datei wurde auf der Festplatte gelöscht. Speichern schreibt sie erneut.</translation>
    </message>
    <message>
        <source>Reloaded: the file was changed on disk.</source>
        <translation>Neu geladen: Die Datei wurde auf der Festplatte geändert.</translation>
    </message>
    <message>
        <source>The file was changed on disk, and you have unsaved changes.</source>
        <translation>Die Datei wurde auf der Festplatte geändert, und Sie haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Text von %1</translation>
    </message>
</context>
<context>
    <name>Berth::EngineBar</name>
    <message>
        <source>Use the development override on this engine</source>
        <translation>Die Entwicklungs-Override-Datei auf dieser Engine verwenden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The Docker engine this project runs on (a docker context). Remembered for this project on this computer, not written into berth.yaml.</source>
        <translation>Die Docker-Engine, auf der dieses Projekt läuft (ein docker context). Wird für dieses Projekt auf diesem Computer gemerkt, nicht in berth.yaml geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Engine: %1</translation>
    </message>
    <message>
        <source>Engine: %1 (%2)</source>
        <translation>Engine: %1 (%2)</translation>
    </message>
    <message>
        <source>Berth</source>
        <translation>Berth</translation>
    </message>
    <message>
        <source>%1 — Berth</source>
        <translation>%1 — Berth</translation>
    </message>
    <message>
        <source>%1 — %2 — Berth</source>
        <translation>%1 — %2 — Berth</translation>
    </message>
    <message>
        <source>As in a terminal</source>
        <translation>Wie im Terminal</translation>
    </message>
    <message>
        <source>As in a terminal (%1)</source>
        <translation>Wie im Terminal (%1)</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>Berth::EnginePorts</name>
    <message>
        <source>%1 could not be asked which ports its containers publish: %2</source>
        <translation>%1 konnte nicht gefragt werden, welche Ports seine Container veröffentlichen: %2</translation>
    </message>
    <message>
        <source>%1 has no image to look at its network with, so programs there outside Docker were not checked; build or pull the project&apos;s images, then check again</source>
        <translation>%1 hat kein Image, mit dem sich sein Netzwerk ansehen lässt, daher wurden Programme außerhalb von Docker dort nicht geprüft; bauen oder laden Sie die Images des Projekts und prüfen Sie erneut</translation>
    </message>
    <message>
        <source>%1&apos;s listening ports could not be read (%2), so only its containers were checked</source>
        <translation>Die lauschenden Ports von %1 konnten nicht gelesen werden (%2), daher wurden nur seine Container geprüft</translation>
    </message>
</context>
<context>
    <name>Berth::EngineStream</name>
    <message>
        <source>Cannot connect to the Docker daemon at %1: %2</source>
        <translation>Keine Verbindung zum Docker-Daemon unter %1: %2</translation>
    </message>
    <message>
        <source>The Docker daemon&apos;s answer has no end to its headers.</source>
        <translation>Die Antwort des Docker-Daemons hat kein Ende ihrer Kopfzeilen.</translation>
    </message>
    <message>
        <source>The Docker daemon&apos;s answer is not valid HTTP (a chunk&apos;s size).</source>
        <translation>Die Antwort des Docker-Daemons ist kein gültiges HTTP (die Größe eines Blocks).</translation>
    </message>
    <message>
        <source>The Docker daemon&apos;s answer is not valid HTTP.</source>
        <translation>Die Antwort des Docker-Daemons ist kein gültiges HTTP.</translation>
    </message>
    <message>
        <source>The connection to the Docker daemon ended in the middle of the stream.</source>
        <translation>Die Verbindung zum Docker-Daemon endete mitten im Datenstrom.</translation>
    </message>
    <message>
        <source>Could not send the request to the Docker daemon.</source>
        <translation>Die Anfrage an den Docker-Daemon konnte nicht gesendet werden.</translation>
    </message>
</context>
<context>
    <name>Berth::EventWatcher</name>
    <message>
        <source>The connection to the Docker daemon was lost.</source>
        <translation>Die Verbindung zum Docker-Daemon wurde unterbrochen.</translation>
    </message>
</context>
<context>
    <name>Berth::FileSet</name>
    <message>
        <source>%1 is not one of the generated files</source>
        <translation>%1 ist keine der erzeugten Dateien</translation>
    </message>
    <message>
        <source>refusing to write %1: not a plain relative path</source>
        <translation>Schreiben von %1 verweigert: kein einfacher relativer Pfad</translation>
    </message>
    <message>
        <source>cannot create %1%2</source>
        <translation>%1 kann nicht angelegt werden%2</translation>
    </message>
    <message>
        <source>exist and are not Berth&apos;s: %1</source>
        <translation>existieren und sind nicht von Berth: %1</translation>
    </message>
    <message>
        <source>changed since Berth last wrote them: %1</source>
        <translation>geändert, seit Berth sie zuletzt geschrieben hat: %1</translation>
    </message>
    <message>
        <source>cannot back up %1 under %2: %3; nothing was replaced%4</source>
        <translation>%1 kann nicht unter %2 gesichert werden: %3; nichts wurde ersetzt%4</translation>
    </message>
    <message>
        <source>cannot make the backup folder %1; nothing was replaced%2</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden; nichts wurde ersetzt%2</translation>
    </message>
    <message>
        <source>cannot keep the merge bases under %1 (%2): until a run can, an edit of yours to a file without one is a conflict rather than a merge%3</source>
        <translation>die Merge-Basen können nicht unter %1 aufbewahrt werden (%2): Bis ein Lauf das kann, ist eine Änderung von Ihnen an einer Datei ohne Merge-Basis ein Konflikt statt einer Zusammenführung%3</translation>
    </message>
    <message>
        <source>cannot write %1: cannot create its folder; nothing was replaced%2</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner dafür kann nicht angelegt werden; nichts wurde ersetzt%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was replaced%3</source>
        <translation>%1 kann nicht geschrieben werden: %2; nichts wurde ersetzt%3</translation>
    </message>
    <message>
        <source>cannot write %1: %2%3</source>
        <translation>%1 kann nicht geschrieben werden: %2%3</translation>
    </message>
    <message>
        <source>%1 may be readable by other users: %2</source>
        <translation>%1 ist möglicherweise für andere Benutzer lesbar: %2</translation>
    </message>
    <message>
        <source>%1; the files are written and the next run finishes the record%2</source>
        <translation>%1; die Dateien sind geschrieben, und der nächste Lauf vervollständigt die Aufzeichnung%2</translation>
    </message>
    <message>
        <source>cannot keep the merge base of %1 under %2: %3; the next run finishes it%4</source>
        <translation>die Merge-Basis von %1 kann nicht unter %2 aufbewahrt werden: %3; der nächste Lauf holt das nach%4</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>; %1 is on a read-only file system: make it writable or choose another folder</source>
        <translation>; %1 liegt auf einem schreibgeschützten Dateisystem: Machen Sie es beschreibbar oder wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>; the disk of %1 is full (%2 bytes free): free some space and run it again</source>
        <translation>; die Festplatte von %1 ist voll (%2 Bytes frei): Geben Sie Speicherplatz frei und führen Sie den Vorgang erneut aus</translation>
    </message>
    <message>
        <source>; make %1 writable for you, or choose another folder</source>
        <translation>; machen Sie %1 für Ihren Benutzer beschreibbar oder wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>; check that %1 is writable and has free space, then run it again</source>
        <translation>; prüfen Sie, ob %1 beschreibbar ist und freien Speicherplatz hat, und führen Sie den Vorgang dann erneut aus</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Berth::FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find the next match (F3, Enter)</source>
        <translation>Nächsten Treffer suchen (F3, Eingabe)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Ungültiger Ausdruck: %1</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>Am Anfang fortgesetzt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n Ersetzung</numerusform>
            <numerusform>%n Ersetzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
</context>
<context>
    <name>Berth::FinishedNotifier</name>
    <message>
        <source>%1 passed, %2 failed, %3 errors</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 Fehler</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <extracomment>A desktop notification&apos;s title: &quot;Run Tests finished&quot; / &quot;Build failed&quot;</extracomment>
        <translation>%1 beendet</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Fertig in %1 s.</translation>
    </message>
</context>
<context>
    <name>Berth::Generator</name>
    <message>
        <source>the image: Python, uwsgi, your project</source>
        <translation>das Image: Python, uwsgi, Ihr Projekt</translation>
    </message>
    <message>
        <source>the services: nginx, database, app, manage, tests</source>
        <translation>die Dienste: nginx, Datenbank, App, manage, tests</translation>
    </message>
    <message>
        <source>development only: your code mounted, autoreload, DEBUG on</source>
        <translation>nur für die Entwicklung: Ihr Code eingehängt, automatisches Neuladen, DEBUG an</translation>
    </message>
    <message>
        <source>the nginx site: static and media files, proxy to uwsgi</source>
        <translation>die nginx-Site: statische und Mediendateien, Weiterleitung an uwsgi</translation>
    </message>
    <message>
        <source>the application server</source>
        <translation>der Anwendungsserver</translation>
    </message>
    <message>
        <source>pytest and pytest-django</source>
        <translation>pytest und pytest-django</translation>
    </message>
    <message>
        <source>your settings plus the containers&apos; secret key, database, hosts, static and media files and logs</source>
        <translation>Ihre Einstellungen plus Geheimschlüssel, Datenbank, Hosts, statische und Mediendateien und Logs der Container</translation>
    </message>
    <message>
        <source>keeps .git, caches, local files and the secrets out of the image</source>
        <translation>hält .git, Caches, lokale Dateien und die Geheimnisse aus dem Image heraus</translation>
    </message>
    <message>
        <source>keeps the secrets files and Berth&apos;s backups out of git</source>
        <translation>hält die Geheimnisdateien und Berths Sicherungen aus git heraus</translation>
    </message>
    <message>
        <source>the everyday commands</source>
        <translation>die alltäglichen Befehle</translation>
    </message>
    <message>
        <source>the spec, to change the setup and regenerate it later</source>
        <translation>die Spezifikation, um das Setup später zu ändern und neu zu erzeugen</translation>
    </message>
    <message>
        <source>the database credentials with a random password (secret, git-ignored)</source>
        <translation>die Zugangsdaten der Datenbank mit einem zufälligen Passwort (geheim, von git ignoriert)</translation>
    </message>
    <message>
        <source>COMPOSE_FILE: a plain `docker compose` uses Berth&apos;s files</source>
        <translation>COMPOSE_FILE: ein einfaches `docker compose` nimmt Berths Dateien</translation>
    </message>
    <message>
        <source>Django&apos;s SECRET_KEY, random and kept (secret, git-ignored)</source>
        <translation>Djangos SECRET_KEY, zufällig und beibehalten (geheim, von git ignoriert)</translation>
    </message>
    <message>
        <source>%1 exists and is not Berth&apos;s: Berth writes no %2 beside it, which a plain `docker compose` would merge into it; give Berth&apos;s setup names of its own (compose.file, compose.override_file, for example berth-compose.yml and berth-compose.dev.yml)</source>
        <translation>%1 existiert und ist nicht von Berth: Berth schreibt keine %2 daneben, denn ein einfaches `docker compose` würde sie mit dieser Datei zusammenführen; geben Sie dem Setup von Berth eigene Namen (compose.file, compose.override_file, zum Beispiel berth-compose.yml und berth-compose.dev.yml)</translation>
    </message>
    <message>
        <source>%1pytest.ini exists and is not Berth&apos;s: the tests service runs pytest with it as it is, with its own DJANGO_SETTINGS_MODULE%2; to test against the containers&apos; database instead, set DJANGO_SETTINGS_MODULE = %3 there</source>
        <translation>%1pytest.ini existiert und ist nicht von Berth: Der Dienst tests führt pytest mit dieser Datei unverändert aus, mit ihrem eigenen DJANGO_SETTINGS_MODULE%2; um stattdessen gegen die Datenbank der Container zu testen, setzen Sie dort DJANGO_SETTINGS_MODULE = %3</translation>
    </message>
    <message>
        <source>Dockerfile exists and is not Berth&apos;s: Berth writes no .dockerignore, which would change what it builds; keep data/ (the secrets files) out of its build context yourself, or set container.dockerfile to berth/Dockerfile</source>
        <translation>Dockerfile existiert und ist nicht von Berth: Berth schreibt keine .dockerignore, denn sie würde ändern, was dieses Dockerfile baut; halten Sie data/ (die Secrets-Dateien) selbst aus seinem Build-Kontext heraus oder setzen Sie container.dockerfile auf berth/Dockerfile</translation>
    </message>
    <message>
        <source>pytest.ini takes precedence over your pytest configuration in %1; move it into pytest.ini</source>
        <translation>pytest.ini hat Vorrang vor Ihrer pytest-Konfiguration in %1; verschieben Sie diese in pytest.ini</translation>
    </message>
    <message>
        <source>the WSGI module %1 is not in %2, so uwsgi (module = %1) will not start: set django.wsgi_module to the module that defines `application` (the project&apos;s wsgi.py)</source>
        <translation>das WSGI-Modul %1 liegt nicht in %2, daher startet uwsgi (module = %1) nicht: Setzen Sie django.wsgi_module auf das Modul, das `application` definiert (die wsgi.py des Projekts)</translation>
    </message>
    <message>
        <source>the settings module %1 is not in %2, so docker_settings cannot import it: set %3</source>
        <translation>das Settings-Modul %1 liegt nicht in %2, daher kann docker_settings es nicht importieren: Setzen Sie %3</translation>
    </message>
    <message>
        <source>no manage.py in %1: create the project with `django-admin startproject %2 %1` or set django.project_dir</source>
        <translation>keine manage.py in %1: Legen Sie das Projekt mit `django-admin startproject %2 %1` an oder setzen Sie django.project_dir</translation>
    </message>
    <message>
        <source>%1 had POSTGRES_USER=%2 and POSTGRES_DB=%3: a database volume made with them keeps them; Postgres applies the new values only to an empty volume</source>
        <translation>%1 hatte POSTGRES_USER=%2 und POSTGRES_DB=%3: Ein damit angelegtes Datenbank-Volume behält diese Werte; Postgres übernimmt die neuen Werte nur bei einem leeren Volume</translation>
    </message>
    <message>
        <source>a plain `docker compose` does not load %1; %2, so Berth wrote no COMPOSE_FILE: pass -f %3 (DOCKER.md says so)</source>
        <translation>ein einfaches `docker compose` lädt %1 nicht; %2, daher hat Berth kein COMPOSE_FILE geschrieben: Übergeben Sie -f %3 (so steht es in DOCKER.md)</translation>
    </message>
</context>
<context>
    <name>Berth::IniConfigView</name>
    <message>
        <source>Above the first [section]: %1 does not read it.</source>
        <translation>Vor dem ersten [Abschnitt]: %1 liest das nicht.</translation>
    </message>
    <message>
        <source>In section [%1], which %2 does not read here.</source>
        <translation>Im Abschnitt [%1], den %2 hier nicht liest.</translation>
    </message>
    <message>
        <source>Not a key Berth knows: kept as it is. Edit it in the Text view.</source>
        <translation>Kein Schlüssel, den Berth kennt: bleibt unverändert. Bearbeiten Sie ihn in der Textansicht.</translation>
    </message>
    <message>
        <source>Set again on line %1, which takes effect.</source>
        <translation>In Zeile %1 erneut gesetzt; diese gilt.</translation>
    </message>
    <message>
        <source>Several lines: edit it in the Text view.</source>
        <translation>Mehrere Zeilen: Bearbeiten Sie das in der Textansicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;[%1]&lt;/b&gt; — every change here is a small edit of the text; Ctrl+Z undoes it in either view.</source>
        <translation>&lt;b&gt;[%1]&lt;/b&gt; – jede Änderung hier ist eine kleine Bearbeitung des Texts; Strg+Z macht sie in beiden Ansichten rückgängig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not set&lt;/b&gt; — the tool&apos;s default applies; give a value to add the key.</source>
        <translation>&lt;b&gt;Nicht gesetzt&lt;/b&gt; – der Standardwert des Werkzeugs gilt; geben Sie einen Wert an, um den Schlüssel hinzuzufügen.</translation>
    </message>
    <message>
        <source>another %1</source>
        <translation>ein weiteres %1</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Von %1 bis %2.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Standard: %1.</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Not set (%1)</source>
        <translation>Nicht gesetzt (%1)</translation>
    </message>
    <message>
        <source>add a line</source>
        <translation>eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Delete this line of the file, with its own comments</source>
        <translation>Diese Zeile der Datei samt ihren Kommentaren löschen</translation>
    </message>
</context>
<context>
    <name>Berth::InstallPlan</name>
    <message>
        <source>your requirements, plus what the setup needs</source>
        <translation>Ihre Anforderungen, plus was das Setup braucht</translation>
    </message>
    <message>
        <source>the Python packages of the project</source>
        <translation>die Python-Pakete des Projekts</translation>
    </message>
    <message>
        <source>; the image installs it with %1</source>
        <translation>; das Image installiert sie mit %1</translation>
    </message>
    <message>
        <source>what the setup needs beyond %1, which Berth leaves alone</source>
        <translation>was das Setup über %1 hinaus braucht; Berth lässt %1 unverändert</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Python packages: no requirements file, requirements.lock or pyproject.toml dependencies found; Berth writes %1 with what the setup needs (%2), and the image installs it with pip install -r: add your own packages there</source>
        <translation>Python-Pakete: keine Anforderungsdatei, kein requirements.lock und keine Abhängigkeiten in pyproject.toml gefunden; Berth schreibt %1 mit dem, was das Setup braucht (%2), und das Image installiert sie mit pip install -r: tragen Sie Ihre eigenen Pakete dort ein</translation>
    </message>
    <message>
        <source>Python packages: %1 (a requirements file); the image installs it with pip install -r, and Berth adds %2 to it</source>
        <translation>Python-Pakete: %1 (eine Anforderungsdatei); das Image installiert sie mit pip install -r, und Berth ergänzt %2</translation>
    </message>
    <message>
        <source>Python packages: %1 with -r/-c includes (%2); the image copies all %3 files and installs %1 with pip install -r; Berth adds %4 to %1</source>
        <translation>Python-Pakete: %1 mit -r/-c-Einbindungen (%2); das Image kopiert alle %3 Dateien und installiert %1 mit pip install -r; Berth ergänzt %4 in %1</translation>
    </message>
    <message>
        <source>Python packages: %1 (a lock file pip installs as it is); the image installs it with pip install -r, then %2 with what the setup needs beyond it (%3); Berth never edits the lock</source>
        <translation>Python-Pakete: %1 (eine Lock-Datei, die pip unverändert installiert); das Image installiert sie mit pip install -r, dann %2 mit dem, was das Setup darüber hinaus braucht (%3); Berth ändert die Lock-Datei nie</translation>
    </message>
    <message>
        <source>Python packages: %1, [project] dependencies (%2; no requirements file or lock found); the image installs those with pip, not the project itself (no pip install .), in one run with %3: what the setup needs beyond them (%4); Berth never edits pyproject.toml</source>
        <translation>Python-Pakete: %1, Abhängigkeiten unter [project] (%2; keine Anforderungs- oder Lock-Datei gefunden); das Image installiert diese mit pip, nicht das Projekt selbst (kein pip install .), in einem Lauf mit %3: was das Setup darüber hinaus braucht (%4); Berth ändert pyproject.toml nie</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1 could not be read (%2): Berth sees none of its dependencies</source>
        <translation>%1 konnte nicht gelesen werden (%2): Berth sieht keine seiner Abhängigkeiten</translation>
    </message>
    <message>
        <source>%1 lists dependencies in [project] dynamic: a build backend computes them, which the image does not run; list them in [project] dependencies or a requirements file</source>
        <translation>%1 führt die Abhängigkeiten in [project] dynamic auf: Sie werden von einem Build-Backend berechnet, das im Image nicht läuft; tragen Sie sie in [project] dependencies oder in eine Anforderungsdatei ein</translation>
    </message>
    <message>
        <source>%1 has no [project] dependencies: the image installs only Berth&apos;s %2</source>
        <translation>%1 hat keine [project] dependencies: Das Image installiert nur Berths %2</translation>
    </message>
    <message>
        <source>%1 is not there: the image cannot read its dependencies</source>
        <translation>%1 ist nicht vorhanden: Das Image kann die Abhängigkeiten daraus nicht lesen</translation>
    </message>
    <message>
        <source>%1 has no tomllib (Python 3.11 and later), which the Dockerfile uses to read %2: the build will fail; use python:3.11 or newer</source>
        <translation>%1 hat kein tomllib (ab Python 3.11), mit dem das Dockerfile %2 liest: Der Build wird fehlschlagen; verwenden Sie python:3.11 oder neuer</translation>
    </message>
    <message>
        <source>%1 installs the project itself (%2), which is not in the image before the install: the build will fail; lock without it (uv: --no-emit-project, rye: remove the line)</source>
        <translation>%1 installiert das Projekt selbst (%2), das vor der Installation noch nicht im Image ist: Der Build wird fehlschlagen; erzeugen Sie die Lock-Datei ohne das Projekt (uv: --no-emit-project, rye: die Zeile entfernen)</translation>
    </message>
    <message>
        <source>%1 is not there: the image cannot install it</source>
        <translation>%1 ist nicht vorhanden: Das Image kann sie nicht installieren</translation>
    </message>
    <message>
        <source>%1 is there, but pip does not install from it: the image installs %2, whose versions may differ from the lock&apos;s; to install the locked versions: %3 (Berth then installs requirements.lock)</source>
        <translation>%1 ist vorhanden, aber pip installiert nicht daraus: Das Image installiert %2, und die Versionen darin können von denen der Lock-Datei abweichen; um die Versionen der Lock-Datei zu installieren: %3 (Berth installiert dann requirements.lock)</translation>
    </message>
    <message>
        <source>%1 includes %2, which is not a file inside %3: the image cannot copy it</source>
        <translation>%1 bindet %2 ein, doch das ist keine Datei innerhalb von %3: Das Image kann sie nicht kopieren</translation>
    </message>
    <message>
        <source>%1 includes %2, which does not exist: pip install will fail</source>
        <translation>%1 bindet %2 ein, doch diese Datei existiert nicht: pip install wird fehlschlagen</translation>
    </message>
</context>
<context>
    <name>Berth::LocalConnection</name>
    <message>
        <source>The socket&apos;s path is too long for this system: %1</source>
        <translation>Der Pfad des Sockets ist für dieses System zu lang: %1</translation>
    </message>
</context>
<context>
    <name>Berth::LogFollower</name>
    <message>
        <source>docker ps exited with code %1</source>
        <translation>docker ps wurde mit Exit-Code %1 beendet</translation>
    </message>
    <message>
        <source>docker logs exited with code %1</source>
        <translation>docker logs wurde mit Exit-Code %1 beendet</translation>
    </message>
</context>
<context>
    <name>Berth::LogPane</name>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>Show the lines of one service</source>
        <translation>Die Zeilen eines Dienstes anzeigen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest line in view (End); scrolling up pauses</source>
        <translation>Die neueste Zeile im Blick behalten (Ende); Hochscrollen pausiert</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Show when each line was printed</source>
        <translation>Anzeigen, wann jede Zeile ausgegeben wurde</translation>
    </message>
    <message>
        <source>Search logs</source>
        <translation>Logs durchsuchen</translation>
    </message>
    <message>
        <source>Not a valid regular expression</source>
        <translation>Kein gültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the lines shown to a file</source>
        <translation>Die angezeigten Zeilen in eine Datei speichern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Save Logs</source>
        <translation>Logs speichern</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Log-Zeilen</translation>
    </message>
    <message>
        <source>Service of the lines shown</source>
        <translation>Dienst der angezeigten Zeilen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Copy the selected lines (%1)</source>
        <translation>Die ausgewählten Zeilen kopieren (%1)</translation>
    </message>
    <message>
        <source>Clear the lines shown (new ones keep coming)</source>
        <translation>Die angezeigten Zeilen leeren (neue kommen weiter)</translation>
    </message>
</context>
<context>
    <name>Berth::LogView</name>
    <message>
        <source>What the services print appears here once they run.</source>
        <translation>Was die Dienste ausgeben, erscheint hier, sobald sie laufen.</translation>
    </message>
    <message>
        <source>%1 has printed nothing yet.</source>
        <translation>%1 hat noch nichts ausgegeben.</translation>
    </message>
</context>
<context>
    <name>Berth::MainWindow</name>
    <message>
        <source>Berth</source>
        <translation>Berth</translation>
    </message>
    <message>
        <source>The files of the Docker setup; Enter or double-click opens one</source>
        <translation>Die Dateien des Docker-Setups; Eingabe oder Doppelklick öffnet eine</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Open a project to see its services.</source>
        <translation>Öffnen Sie ein Projekt, um seine Dienste zu sehen.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Commands Berth runs, and what they print, appear here.</source>
        <translation>Befehle, die Berth ausführt, und ihre Ausgabe erscheinen hier.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Docker Setup…</source>
        <translation>&amp;Neues Docker-Setup…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <source>Close &amp;Tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <source>C&amp;hange Setup…</source>
        <translation>Setup än&amp;dern…</translation>
    </message>
    <message>
        <source>Reopen the wizard with this project&apos;s answers and see what would change</source>
        <translation>Den Assistenten mit den Antworten dieses Projekts erneut öffnen und sehen, was sich ändern würde</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Syntax highlighting is off: %1</source>
        <translation>Syntaxhervorhebung ist aus: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>kept a backup: %1</source>
        <translation>Sicherung aufbewahrt: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) of the Docker setup.</source>
        <translation>
            <numerusform>%n Datei des Docker-Setups geschrieben.</numerusform>
            <numerusform>%n Dateien des Docker-Setups geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: not a folder.</source>
        <translation>%1 kann nicht geöffnet werden: kein Ordner.</translation>
    </message>
    <message>
        <source>%1 — Berth</source>
        <translation>%1 – Berth</translation>
    </message>
    <message>
        <source>Setup files</source>
        <translation>Setup-Dateien</translation>
    </message>
</context>
<context>
    <name>Berth::NginxConfigView</name>
    <message>
        <source>server_name</source>
        <translation>server_name</translation>
    </message>
    <message>
        <source>Server names</source>
        <translation>Servernamen</translation>
    </message>
    <message>
        <source>The host names this server answers, separated by spaces (_ for any). Django&apos;s ALLOWED_HOSTS must allow them.</source>
        <translation>Die Hostnamen, auf die dieser Server antwortet, durch Leerzeichen getrennt (_ für jeden). Djangos ALLOWED_HOSTS muss sie erlauben.</translation>
    </message>
    <message>
        <source>listen</source>
        <translation>listen</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Listen-Adresse</translation>
    </message>
    <message>
        <source>The port, or address and port, nginx listens on, then flags such as default_server.</source>
        <translation>Der Port oder Adresse und Port, auf dem nginx lauscht, dann Flags wie default_server.</translation>
    </message>
    <message>
        <source>client_max_body_size</source>
        <translation>client_max_body_size</translation>
    </message>
    <message>
        <source>Largest request body</source>
        <translation>Größter Request-Body</translation>
    </message>
    <message>
        <source>The largest upload nginx accepts, such as 20m; larger ones get 413. 0 turns the limit off.</source>
        <translation>Der größte Upload, den nginx annimmt, etwa 20m; größere bekommen 413. 0 schaltet die Grenze ab.</translation>
    </message>
    <message>
        <source>Static files</source>
        <translation>Statische Dateien</translation>
    </message>
    <message>
        <source>Static files folder</source>
        <translation>Ordner der statischen Dateien</translation>
    </message>
    <message>
        <source>The folder of location /static/ (alias or root): where collectstatic puts STATIC_ROOT.</source>
        <translation>Der Ordner von location /static/ (alias oder root): wohin collectstatic STATIC_ROOT legt.</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>Mediendateien</translation>
    </message>
    <message>
        <source>Media files folder</source>
        <translation>Ordner der Mediendateien</translation>
    </message>
    <message>
        <source>The folder of location /media/ (alias or root): MEDIA_ROOT, the uploads.</source>
        <translation>Der Ordner von location /media/ (alias oder root): MEDIA_ROOT, die Uploads.</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <source>Upstream address</source>
        <translation>Upstream-Adresse</translation>
    </message>
    <message>
        <source>Where requests for the application go: the upstream&apos;s server (host:port) or the proxy_pass or uwsgi_pass target. It must match uwsgi&apos;s socket.</source>
        <translation>Wohin Anfragen an die Anwendung gehen: der server des upstream (host:port) oder das Ziel von proxy_pass oder uwsgi_pass. Es muss zum Socket von uwsgi passen.</translation>
    </message>
    <message>
        <source>Server block</source>
        <translation>server-Block</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>no server_name</source>
        <translation>kein server_name</translation>
    </message>
    <message>
        <source>This file has no server block.</source>
        <translation>Diese Datei hat keinen server-Block.</translation>
    </message>
    <message>
        <source>Server blocks in this file: %1. Only these settings are shown; the rest of the site stays as text.</source>
        <translation>server-Blöcke in dieser Datei: %1. Nur diese Einstellungen werden angezeigt; der Rest der Site bleibt Text.</translation>
    </message>
    <message>
        <source>default: 1m</source>
        <translation>Standard: 1m</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>Berth::NginxPage</name>
    <message>
        <source>nginx</source>
        <translation>nginx</translation>
    </message>
    <message>
        <source>nginx proxies to uwsgi and serves static files. Without it, the app&apos;s port is the site.</source>
        <translation>nginx leitet an uwsgi weiter und liefert statische Dateien aus. Ohne nginx ist der Port der App die Site.</translation>
    </message>
    <message>
        <source>Put nginx in front of the app</source>
        <translation>nginx vor die App schalten</translation>
    </message>
    <message>
        <source>Adds the nginx service and data/nginx/app.conf, as in the article</source>
        <translation>Fügt den Dienst nginx und data/nginx/app.conf hinzu, wie im Artikel</translation>
    </message>
    <message>
        <source>nginx image:</source>
        <translation>nginx-Image:</translation>
    </message>
    <message>
        <source>The nginx image to run</source>
        <translation>Das auszuführende nginx-Image</translation>
    </message>
    <message>
        <source>HTTP host port:</source>
        <translation>HTTP-Host-Port:</translation>
    </message>
    <message>
        <source>Open http://localhost:PORT in the browser to reach the site</source>
        <translation>Öffnen Sie http://localhost:PORT im Browser, um die Site zu erreichen</translation>
    </message>
    <message>
        <source>HTTPS host port:</source>
        <translation>HTTPS-Host-Port:</translation>
    </message>
    <message>
        <source>Publish it once data/nginx/app.conf has your TLS server (certbot and the like); 0 leaves it out</source>
        <translation>Veröffentlichen Sie ihn, sobald data/nginx/app.conf Ihren TLS-Server enthält (certbot und Ähnliches); 0 lässt ihn weg</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Address in development:</source>
        <translation>Adresse in der Entwicklung:</translation>
    </message>
    <message>
        <source>In development (DEBUG on) nginx listens only on this host address; 127.0.0.1 keeps the site off the network. Production publishes it on every interface</source>
        <translation>In der Entwicklung (DEBUG an) lauscht nginx nur auf dieser Host-Adresse; 127.0.0.1 hält die Site vom Netzwerk fern. Die Produktion veröffentlicht sie auf allen Interfaces</translation>
    </message>
    <message>
        <source>Server name:</source>
        <translation>Servername:</translation>
    </message>
    <message>
        <source>nginx&apos;s server_name; Django allows this host too (ALLOWED_HOSTS)</source>
        <translation>server_name von nginx; Django erlaubt auch diesen Host (ALLOWED_HOSTS)</translation>
    </message>
    <message>
        <source>nginx re-reads its configuration every 6 hours (the article&apos;s reload loop), so renewed certificates are picked up without a restart.</source>
        <translation>nginx liest seine Konfiguration alle 6 Stunden neu ein (die Reload-Schleife des Artikels), sodass erneuerte Zertifikate ohne Neustart übernommen werden.</translation>
    </message>
</context>
<context>
    <name>Berth::ProblemModel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>Berth::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems in the open files, found as you type; double-click one to go to its line</source>
        <translation>Probleme in den geöffneten Dateien, beim Tippen gefunden; ein Doppelklick springt zur Zeile</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
</context>
<context>
    <name>Berth::ProjectActions</name>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Bauen</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <source>Build the images (docker compose build)</source>
        <translation>Die Images bauen (docker compose build)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Hochfahren</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hochfahren</translation>
    </message>
    <message>
        <source>Create and start the containers (docker compose up -d)</source>
        <translation>Die Container erstellen und starten (docker compose up -d)</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start existing containers</source>
        <translation>Vorhandene Container starten</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the containers, keeping them</source>
        <translation>Die Container stoppen und behalten</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Restart the containers</source>
        <translation>Die Container neu starten</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Herunter&amp;fahren</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Stop and remove the containers (and the stack&apos;s networks)</source>
        <translation>Die Container stoppen und entfernen (samt den Netzwerken des Stacks)</translation>
    </message>
    <message>
        <source>Down and Delete &amp;Volumes…</source>
        <translation>Herunterfahren und &amp;Volumes löschen…</translation>
    </message>
    <message>
        <source>Down + Volumes</source>
        <translation>Herunterfahren + Volumes</translation>
    </message>
    <message>
        <source>Also delete the project&apos;s named volumes (asks first)</source>
        <translation>Auch die benannten Volumes des Projekts löschen (fragt vorher)</translation>
    </message>
    <message>
        <source>%1 the Selected Service</source>
        <translation>%1 (ausgewählter Dienst)</translation>
    </message>
    <message>
        <source>%1, for the selected service</source>
        <translation>%1, für den ausgewählten Dienst</translation>
    </message>
    <message>
        <source>Run &amp;Tests</source>
        <translation>Tests a&amp;usführen</translation>
    </message>
    <message>
        <source>Run Tests</source>
        <translation>Tests ausführen</translation>
    </message>
    <message>
        <source>pytest in the tests service; results in the Tests tab</source>
        <translation>pytest im Dienst tests; Ergebnisse im Reiter Tests</translation>
    </message>
    <message>
        <source>Run &amp;Failed Tests Again</source>
        <translation>Fehlgeschlagene Tests &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>Run Failed Tests Again</source>
        <translation>Fehlgeschlagene erneut</translation>
    </message>
    <message>
        <source>pytest --last-failed in the tests service</source>
        <translation>pytest --last-failed im Dienst tests</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrieren</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrieren</translation>
    </message>
    <message>
        <source>manage.py migrate</source>
        <translation>manage.py migrate</translation>
    </message>
    <message>
        <source>Make M&amp;igrations</source>
        <translation>M&amp;igrationen erzeugen</translation>
    </message>
    <message>
        <source>Make Migrations</source>
        <translation>Migrationen erzeugen</translation>
    </message>
    <message>
        <source>manage.py makemigrations</source>
        <translation>manage.py makemigrations</translation>
    </message>
    <message>
        <source>Show Mi&amp;grations</source>
        <translation>Migrationen an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show Migrations</source>
        <translation>Migrationen anzeigen</translation>
    </message>
    <message>
        <source>manage.py showmigrations</source>
        <translation>manage.py showmigrations</translation>
    </message>
    <message>
        <source>&amp;Collect Static Files</source>
        <translation>Statische Dateien samme&amp;ln</translation>
    </message>
    <message>
        <source>Collect Static</source>
        <translation>Statische Dateien sammeln</translation>
    </message>
    <message>
        <source>manage.py collectstatic --noinput</source>
        <translation>manage.py collectstatic --noinput</translation>
    </message>
    <message>
        <source>Check for &amp;Deployment</source>
        <translation>Deployment &amp;prüfen</translation>
    </message>
    <message>
        <source>Check Deploy</source>
        <translation>Deployment prüfen</translation>
    </message>
    <message>
        <source>manage.py check --deploy</source>
        <translation>manage.py check --deploy</translation>
    </message>
    <message>
        <source>Create Su&amp;peruser…</source>
        <translation>Superuser &amp;anlegen…</translation>
    </message>
    <message>
        <source>Create Superuser</source>
        <translation>Superuser anlegen</translation>
    </message>
    <message>
        <source>manage.py createsuperuser</source>
        <translation>manage.py createsuperuser</translation>
    </message>
    <message>
        <source>Django &amp;Shell in a Terminal</source>
        <translation>Djan&amp;go-Shell im Terminal</translation>
    </message>
    <message>
        <source>Django Shell</source>
        <translation>Django-Shell</translation>
    </message>
    <message>
        <source>manage.py shell in a terminal window</source>
        <translation>manage.py shell in einem Terminalfenster</translation>
    </message>
    <message>
        <source>Open &amp;Site in the Browser</source>
        <translation>&amp;Website im Browser öffnen</translation>
    </message>
    <message>
        <source>Open Site</source>
        <translation>Website öffnen</translation>
    </message>
    <message>
        <source>Open the site in the browser (nginx, or the app when there is no nginx)</source>
        <translation>Die Website im Browser öffnen (nginx, oder die App, wenn es kein nginx gibt)</translation>
    </message>
</context>
<context>
    <name>Berth::ProjectPage</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Choose the folder of your Django project, or an empty folder for a new one. Berth writes the Docker setup next to the Django project folder, as the article does.</source>
        <translation>Wählen Sie den Ordner Ihres Django-Projekts oder einen leeren Ordner für ein neues. Berth schreibt das Docker-Setup neben den Ordner des Django-Projekts, wie der Artikel.</translation>
    </message>
    <message>
        <source>Folder that holds (or will hold) manage.py&apos;s folder</source>
        <translation>Ordner, der den Ordner von manage.py enthält (oder enthalten wird)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>The top folder of the project: the Dockerfile and compose file go here</source>
        <translation>Der oberste Ordner des Projekts: Hier liegen das Dockerfile und die Compose-Datei</translation>
    </message>
    <message>
        <source>with the local Django (faster)</source>
        <translation>mit dem lokalen Django (schneller)</translation>
    </message>
    <message>
        <source>Compose project name:</source>
        <translation>Compose-Projektname:</translation>
    </message>
    <message>
        <source>The name docker compose uses for containers, networks and volumes (docker compose -p)</source>
        <translation>Der Name, den docker compose für Container, Netzwerke und Volumes verwendet (docker compose -p)</translation>
    </message>
    <message>
        <source>Django project folder:</source>
        <translation>Django-Projektordner:</translation>
    </message>
    <message>
        <source>The folder of manage.py, relative to the folder above</source>
        <translation>Der Ordner von manage.py, relativ zum Ordner oben</translation>
    </message>
    <message>
        <source>Settings module:</source>
        <translation>Settings-Modul:</translation>
    </message>
    <message>
        <source>The settings of the image, which production runs (a settings package&apos;s production module when it has one)</source>
        <translation>Die Settings des Images, mit denen die Produktion läuft (das production-Modul eines Settings-Pakets, wenn es eines hat)</translation>
    </message>
    <message>
        <source>Development settings:</source>
        <translation>Entwicklungs-Settings:</translation>
    </message>
    <message>
        <source>The settings of the development override (DEBUG on); empty: the settings module above</source>
        <translation>Die Settings des Entwicklungs-Overrides (DEBUG an); leer: das Settings-Modul oben</translation>
    </message>
    <message>
        <source>the settings module above</source>
        <translation>das Settings-Modul oben</translation>
    </message>
    <message>
        <source>Test settings:</source>
        <translation>Test-Settings:</translation>
    </message>
    <message>
        <source>The settings of the tests service; empty: the development settings</source>
        <translation>Die Settings des Dienstes tests; leer: die Entwicklungs-Settings</translation>
    </message>
    <message>
        <source>the development settings</source>
        <translation>die Entwicklungs-Settings</translation>
    </message>
    <message>
        <source>WSGI module:</source>
        <translation>WSGI-Modul:</translation>
    </message>
    <message>
        <source>The module uwsgi loads the application from (its &apos;application&apos; object)</source>
        <translation>Das Modul, aus dem uwsgi die Anwendung lädt (sein Objekt &apos;application&apos;)</translation>
    </message>
    <message>
        <source>Project Folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>Give the full path of the folder.</source>
        <translation>Geben Sie den vollständigen Pfad des Ordners an.</translation>
    </message>
    <message>
        <source>berth.yaml cannot be used, so the answers below are the defaults; fix it and choose the folder again to get its answers back:</source>
        <translation>berth.yaml kann nicht verwendet werden, daher sind die Antworten unten die Standardwerte; korrigieren Sie die Datei und wählen Sie den Ordner erneut, um ihre Antworten zurückzubekommen:</translation>
    </message>
    <message numerus="yes">
        <source>  and %n more problem(s)</source>
        <translation>
            <numerusform>  und %n weiteres Problem</numerusform>
            <numerusform>  und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Found a Django project: %1</source>
        <translation>Django-Projekt gefunden: %1</translation>
    </message>
    <message>
        <source>Settings: %1    WSGI: %2</source>
        <translation>Settings: %1    WSGI: %2</translation>
    </message>
    <message>
        <source>No Django project (manage.py) in this folder.</source>
        <translation>Kein Django-Projekt (manage.py) in diesem Ordner.</translation>
    </message>
    <message>
        <source>This folder does not exist yet; Berth can create it with a new Django project.</source>
        <translation>Diesen Ordner gibt es noch nicht; Berth kann ihn mit einem neuen Django-Projekt anlegen.</translation>
    </message>
    <message>
        <source>Create Django Project &quot;%1&quot; Here</source>
        <translation>Django-Projekt „%1“ hier anlegen</translation>
    </message>
    <message>
        <source>in a %1 container (only Docker needed)</source>
        <translation>in einem %1-Container (nur Docker nötig)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Python package name for a new project: use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>„%1“ ist kein gültiger Python-Paketname für ein neues Projekt: Verwenden Sie Buchstaben, Ziffern und &apos;_&apos;, nicht mit einer Ziffer am Anfang.</translation>
    </message>
    <message>
        <source>Creating the Django project…</source>
        <translation>Das Django-Projekt wird angelegt…</translation>
    </message>
    <message>
        <source>is not a module in %1: give a settings module of the project</source>
        <translation>ist kein Modul in %1: Geben Sie ein Settings-Modul des Projekts an</translation>
    </message>
    <message>
        <source>is not a module in %1, so uwsgi could not start: give the module that defines `application` (the project&apos;s wsgi.py, like mysite.wsgi)</source>
        <translation>ist kein Modul in %1, daher könnte uwsgi nicht starten: Geben Sie das Modul an, das `application` definiert (die wsgi.py des Projekts, etwa mysite.wsgi)</translation>
    </message>
    <message>
        <source>How to create the Django project</source>
        <translation>Wie das Django-Projekt angelegt wird</translation>
    </message>
</context>
<context>
    <name>Berth::ProjectSession</name>
    <message>
        <source>Log stream ended: %1</source>
        <translation>Log-Stream beendet: %1</translation>
    </message>
    <message>
        <source>Lost the connection to Docker: %1</source>
        <translation>Verbindung zu Docker verloren: %1</translation>
    </message>
    <message>
        <source>%1: running…</source>
        <translation>%1: läuft…</translation>
    </message>
    <message>
        <source>%1: no tests yet (pytest found no test files).</source>
        <translation>%1: noch keine Tests (pytest hat keine Testdateien gefunden).</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: fertig.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>This project has no tests service.</source>
        <translation>Dieses Projekt hat keinen Dienst tests.</translation>
    </message>
    <message>
        <source>Cannot remove the previous test report %1: %2</source>
        <translation>Der vorige Testbericht %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>No results: the tests service does not mount the project folder.</source>
        <translation>Keine Ergebnisse: Der Dienst tests bindet den Projektordner nicht ein.</translation>
    </message>
    <message>
        <source>The test run wrote no report; see the output pane.</source>
        <translation>Der Testlauf hat keinen Bericht geschrieben; siehe den Ausgabebereich.</translation>
    </message>
    <message>
        <source>No tests yet: pytest found no test files (tests.py, test_*.py, *_tests.py).</source>
        <translation>Noch keine Tests: pytest hat keine Testdateien gefunden (tests.py, test_*.py, *_tests.py).</translation>
    </message>
    <message>
        <source>   (in a terminal window)</source>
        <translation>   (in einem Terminalfenster)</translation>
    </message>
    <message>
        <source>%1: opened in a terminal window.</source>
        <translation>%1: in einem Terminalfenster geöffnet.</translation>
    </message>
    <message>
        <source>%1 is a remote engine; %2 is used as you chose, and its bind mounts refer to that machine&apos;s folders, not this one&apos;s.</source>
        <translation>%1 ist eine entfernte Engine; %2 wird wie gewählt verwendet, und ihre Bind-Mounts beziehen sich auf die Ordner jenes Rechners, nicht dieses.</translation>
    </message>
    <message>
        <source>%1 is a remote engine: Berth runs %2 only. The development override (%3) mounts this computer&apos;s folders, which the remote engine does not have.</source>
        <translation>%1 ist eine entfernte Engine: Berth verwendet nur %2. Die Entwicklungs-Override-Datei (%3) bindet Ordner dieses Computers ein, die die entfernte Engine nicht hat.</translation>
    </message>
</context>
<context>
    <name>Berth::PythonPage</name>
    <message>
        <source>Python and uwsgi</source>
        <translation>Python und uwsgi</translation>
    </message>
    <message>
        <source>The image the app is built from and how uwsgi serves it. The defaults are the article&apos;s.</source>
        <translation>Das Image, aus dem die App gebaut wird, und wie uwsgi sie ausliefert. Die Standardwerte sind die des Artikels.</translation>
    </message>
    <message>
        <source>Python image:</source>
        <translation>Python-Image:</translation>
    </message>
    <message>
        <source>Base image of the Dockerfile; the full python image has the compiler uwsgi needs, slim ones do not</source>
        <translation>Basis-Image des Dockerfiles; das volle python-Image hat den Compiler, den uwsgi braucht, die slim-Images nicht</translation>
    </message>
    <message>
        <source>Path in the container:</source>
        <translation>Pfad im Container:</translation>
    </message>
    <message>
        <source>Where the Django project is copied and mounted inside the containers</source>
        <translation>Wohin das Django-Projekt in den Containern kopiert und eingebunden wird</translation>
    </message>
    <message>
        <source>uwsgi port:</source>
        <translation>uwsgi-Port:</translation>
    </message>
    <message>
        <source>The HTTP port uwsgi listens on inside the app container (nginx proxies to it)</source>
        <translation>Der HTTP-Port, auf dem uwsgi im App-Container lauscht (nginx leitet dorthin weiter)</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>Prozesse:</translation>
    </message>
    <message>
        <source>uwsgi worker processes</source>
        <translation>uwsgi-Worker-Prozesse</translation>
    </message>
    <message>
        <source>Threads per process:</source>
        <translation>Threads pro Prozess:</translation>
    </message>
    <message>
        <source>Threads in each uwsgi worker</source>
        <translation>Threads in jedem uwsgi-Worker</translation>
    </message>
    <message>
        <source>Autoreload every:</source>
        <translation>Automatisch neu laden alle:</translation>
    </message>
    <message>
        <source>Restart uwsgi when code changes, checking every N seconds; development only (docker-compose.override.yml), never in production</source>
        <translation>uwsgi neu starten, wenn sich Code ändert, mit einer Prüfung alle N Sekunden; nur in der Entwicklung (docker-compose.override.yml), nie in der Produktion</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Publish uwsgi on host port:</source>
        <translation>uwsgi auf Host-Port veröffentlichen:</translation>
    </message>
    <message>
        <source>Reach uwsgi directly for debugging, bypassing nginx; 0 keeps it unpublished</source>
        <translation>uwsgi zum Debuggen direkt erreichen, an nginx vorbei; 0 lässt es unveröffentlicht</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>…bound to address:</source>
        <translation>…gebunden an Adresse:</translation>
    </message>
    <message>
        <source>127.0.0.1 keeps the port private to this computer; 0.0.0.0 opens it to the network</source>
        <translation>127.0.0.1 hält den Port auf diesem Computer privat; 0.0.0.0 öffnet ihn für das Netzwerk</translation>
    </message>
</context>
<context>
    <name>Berth::ReviewPage</name>
    <message>
        <source>conflict: exists and is not Berth&apos;s</source>
        <translation>Konflikt: existiert und ist nicht von Berth</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>conflict: changed on disk</source>
        <translation>Konflikt: auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>merged with your edits</source>
        <translation>mit Ihren Änderungen zusammengeführt</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Every file of the setup. Edit any of them before writing, compare with what is on disk, and untick what you want to keep as it is. Replaced files are backed up under .berth/backups.</source>
        <translation>Alle Dateien des Setups. Bearbeiten Sie jede davon vor dem Schreiben, vergleichen Sie sie mit dem Stand auf der Festplatte und entfernen Sie das Häkchen bei allem, was bleiben soll, wie es ist. Ersetzte Dateien werden unter .berth/backups gesichert.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ticked files are written when you press Finish</source>
        <translation>Angekreuzte Dateien werden geschrieben, wenn Sie auf Fertigstellen klicken</translation>
    </message>
    <message>
        <source>Changes against disk</source>
        <translation>Änderungen gegenüber der Festplatte</translation>
    </message>
    <message>
        <source>, edited</source>
        <translation>, bearbeitet</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) new</source>
        <translation>
            <numerusform>%n Datei neu</numerusform>
            <numerusform>%n Dateien neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged with your edits to them</source>
        <translation>
            <numerusform>%n mit Ihren Änderungen daran zusammengeführt</numerusform>
            <numerusform>%n mit Ihren Änderungen daran zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed on disk by you (not replaced unless you tick them; a backup is kept)</source>
        <translation>
            <numerusform>%n von Ihnen auf der Festplatte geändert (nur ersetzt, wenn Sie sie ankreuzen; eine Sicherung wird aufbewahrt)</numerusform>
            <numerusform>%n von Ihnen auf der Festplatte geändert (nur ersetzt, wenn Sie sie ankreuzen; eine Sicherung wird aufbewahrt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Into %1: %2.</source>
        <translation>In %1: %2.</translation>
    </message>
    <message>
        <source>Only the lines both you and Berth changed; ticking the file replaces it with Berth&apos;s version (your version is backed up).</source>
        <translation>Nur die Zeilen, die sowohl Sie als auch Berth geändert haben; Ankreuzen ersetzt die Datei durch die Version von Berth (Ihre Version wird gesichert).</translation>
    </message>
    <message>
        <source>No changes: the file on disk is the same.</source>
        <translation>Keine Änderungen: Die Datei auf der Festplatte ist gleich.</translation>
    </message>
    <message>
        <source>Why this differs from the article</source>
        <translation>Warum das vom Artikel abweicht</translation>
    </message>
    <message>
        <source>Nothing: this file is as the article has it, or the article has no such file.</source>
        <translation>Nichts: Diese Datei ist so wie im Artikel, oder der Artikel hat keine solche Datei.</translation>
    </message>
    <message>
        <source>Files of the setup</source>
        <translation>Dateien des Setups</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Geöffnete Datei</translation>
    </message>
    <message>
        <source>%1, as Berth writes it</source>
        <translation>%1, wie Berth sie schreibt</translation>
    </message>
    <message>
        <source>%1, changes against disk</source>
        <translation>%1, Änderungen gegenüber der Festplatte</translation>
    </message>
</context>
<context>
    <name>Berth::ServiceForm</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>The image to run, or the name given to the image built here.</source>
        <translation>Das auszuführende Image oder der Name des hier gebauten Images.</translation>
    </message>
    <message>
        <source>Build context</source>
        <translation>Build-Kontext</translation>
    </message>
    <message>
        <source>Where the image is built from; edit the build in the text.</source>
        <translation>Woraus das Image gebaut wird; bearbeiten Sie build im Text.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>What the container runs instead of the image&apos;s CMD.</source>
        <translation>Was der Container statt des CMD des Images ausführt.</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Neustart-Richtlinie</translation>
    </message>
    <message>
        <source>When Docker restarts the container: unless-stopped suits services, &quot;no&quot; one-off tools.</source>
        <translation>Wann Docker den Container neu startet: unless-stopped passt zu Diensten, &quot;no&quot; zu einmaligen Werkzeugen.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Healthcheck test</source>
        <translation>Healthcheck-Test</translation>
    </message>
    <message>
        <source>The healthcheck&apos;s test, such as [&quot;CMD&quot;, &quot;pg_isready&quot;]; depends_on with service_healthy waits for it.</source>
        <translation>Der test des Healthchecks, etwa [&quot;CMD&quot;, &quot;pg_isready&quot;]; depends_on mit service_healthy wartet darauf.</translation>
    </message>
    <message>
        <source>Healthcheck</source>
        <translation>Healthcheck</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>Host-Adresse</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>Host-Port</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Container-Port</translation>
    </message>
    <message>
        <source>Published ports. An empty host address means every interface (0.0.0.0).</source>
        <translation>Veröffentlichte Ports. Eine leere Host-Adresse bedeutet alle Interfaces (0.0.0.0).</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Waits until</source>
        <translation>Wartet bis</translation>
    </message>
    <message>
        <source>service_healthy waits for the service&apos;s healthcheck; service_started only for its start.</source>
        <translation>service_healthy wartet auf den Healthcheck des Dienstes; service_started nur auf seinen Start.</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Env files</source>
        <translation>env-Dateien</translation>
    </message>
    <message>
        <source>Files of VARIABLE=value lines for the container.</source>
        <translation>Dateien mit Zeilen VARIABLE=wert für den Container.</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Named volumes (NAME:/path) and folders of this machine (./dir:/path).</source>
        <translation>Benannte Volumes (NAME:/pfad) und Ordner dieses Rechners (./ordner:/pfad).</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>The networks the service joins; services meet on a shared one.</source>
        <translation>Die Netzwerke, denen der Dienst beitritt; Dienste treffen sich in einem gemeinsamen.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>With a profile, `up` leaves the service out unless the profile is asked for.</source>
        <translation>Mit einem Profil lässt `up` den Dienst weg, außer das Profil wird angefordert.</translation>
    </message>
    <message>
        <source>Delete removes the selected entry.</source>
        <translation>Entf entfernt den ausgewählten Eintrag.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add… (Enter)</source>
        <translation>Hinzufügen… (Eingabe)</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>No service</source>
        <translation>Kein Dienst</translation>
    </message>
    <message>
        <source>Service %1 (line %2)</source>
        <translation>Dienst %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>Another service waits for this one to be healthy, but it has no healthcheck: it never will be.</source>
        <translation>Ein anderer Dienst wartet, bis dieser healthy ist, aber er hat keinen Healthcheck: Das wird er nie.</translation>
    </message>
    <message>
        <source>Port %1 is published on every interface (0.0.0.0): anyone on your network reaches it. Set the host address to 127.0.0.1 to keep it on this machine.</source>
        <translation>Port %1 ist auf allen Interfaces veröffentlicht (0.0.0.0): Jeder in Ihrem Netzwerk erreicht ihn. Setzen Sie die Host-Adresse auf 127.0.0.1, um ihn auf diesem Rechner zu halten.</translation>
    </message>
    <message>
        <source>Condition for %1</source>
        <translation>Bedingung für %1</translation>
    </message>
</context>
<context>
    <name>Berth::ServiceMenu</name>
    <message>
        <source>Show Logs of %1</source>
        <translation>Logs von %1 anzeigen</translation>
    </message>
    <message>
        <source>Copy Container ID</source>
        <translation>Container-ID kopieren</translation>
    </message>
    <message>
        <source>The service has no container yet.</source>
        <translation>Der Dienst hat noch keinen Container.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>Berth::ServiceModel</name>
    <message>
        <source>not created</source>
        <translation>nicht erstellt</translation>
    </message>
    <message>
        <source>exited (%1)</source>
        <translation>beendet (%1)</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>%1 % · %2</source>
        <extracomment>CPU percent of one core, then memory: &quot;3 % · 48.2 MiB&quot;</extracomment>
        <translation>%1 % · %2</translation>
    </message>
    <message>
        <source>CPU: %1 % of one core
Memory: %2 of %3</source>
        <translation>CPU: %1 % eines Kerns
Speicher: %2 von %3</translation>
    </message>
    <message>
        <source>CPU · Memory</source>
        <translation>CPU · Speicher</translation>
    </message>
</context>
<context>
    <name>Berth::ServiceStateDelegate</name>
    <message>
        <source>%1 · %2</source>
        <comment>a service&apos;s state, then its health</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Berth::ServicesPage</name>
    <message>
        <source>Developer Services</source>
        <translation>Entwicklerdienste</translation>
    </message>
    <message>
        <source>The manage service runs manage.py commands (docker compose run --rm manage migrate); the tests service runs pytest.</source>
        <translation>Der Dienst manage führt manage.py-Befehle aus (docker compose run --rm manage migrate); der Dienst tests führt pytest aus.</translation>
    </message>
    <message>
        <source>shell (Django&apos;s own)</source>
        <translation>shell (Djangos eigene)</translation>
    </message>
    <message>
        <source>shell_plus (needs django-extensions)</source>
        <translation>shell_plus (braucht django-extensions)</translation>
    </message>
    <message>
        <source>Default manage command:</source>
        <translation>Standardbefehl von manage:</translation>
    </message>
    <message>
        <source>What &quot;docker compose run --rm manage&quot; runs without arguments</source>
        <translation>Was &quot;docker compose run --rm manage&quot; ohne Argumente ausführt</translation>
    </message>
    <message>
        <source>pytest arguments:</source>
        <translation>pytest-Argumente:</translation>
    </message>
    <message>
        <source>Arguments of pytest in the tests service; -W error turns warnings into failures</source>
        <translation>Argumente von pytest im Dienst tests; -W error macht Warnungen zu Fehlschlägen</translation>
    </message>
    <message>
        <source>Run the tests on every &quot;docker compose up&quot;, as the article does</source>
        <translation>Die Tests bei jedem &quot;docker compose up&quot; ausführen, wie der Artikel</translation>
    </message>
    <message>
        <source>Off: the tests service runs only on demand (docker compose run --rm tests, or Berth&apos;s Run Tests)</source>
        <translation>Aus: Der Dienst tests läuft nur auf Anforderung (docker compose run --rm tests oder „Tests ausführen“ in Berth)</translation>
    </message>
</context>
<context>
    <name>Berth::ServicesPanel</name>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>This project has no compose file.</source>
        <translation>Dieses Projekt hat keine Compose-Datei.</translation>
    </message>
    <message>
        <source>Create the Docker setup with File → New Docker Setup…, then the services appear here.</source>
        <translation>Legen Sie das Docker-Setup mit Datei → Neues Docker-Setup… an, dann erscheinen die Dienste hier.</translation>
    </message>
    <message>
        <source>Compose cannot read this project&apos;s compose file.</source>
        <translation>Compose kann die Compose-Datei dieses Projekts nicht lesen.</translation>
    </message>
    <message>
        <source>Fix the file in the editor, then press Retry.</source>
        <translation>Korrigieren Sie die Datei im Editor und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Lost the connection to the Docker daemon.</source>
        <translation>Die Verbindung zum Docker-Daemon ist verloren.</translation>
    </message>
    <message>
        <source>Berth reconnects by itself when the daemon is back.</source>
        <translation>Berth verbindet sich von selbst neu, sobald der Daemon wieder da ist.</translation>
    </message>
    <message>
        <source>%1 of about %2 last time</source>
        <translation>%1 von etwa %2 beim letzten Mal</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Logs or test results</source>
        <translation>Logs oder Testergebnisse</translation>
    </message>
</context>
<context>
    <name>Berth::SessionActions</name>
    <message>
        <source>&amp;Cancel the Running Action</source>
        <translation>Laufende Aktion abb&amp;rechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Delete Volumes</source>
        <translation>Volumes löschen</translation>
    </message>
    <message>
        <source>Stop and remove the containers. This project has no named volumes to delete.</source>
        <translation>Die Container stoppen und entfernen. Dieses Projekt hat keine benannten Volumes zum Löschen.</translation>
    </message>
    <message>
        <source>Stop and remove the containers, and delete these volumes with everything in them (databases included):

%1

This cannot be undone.</source>
        <translation>Die Container stoppen und entfernen und diese Volumes mit allem Inhalt löschen (auch Datenbanken):

%1

Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>Berth::SettingsDialog</name>
    <message>
        <source>Windows Terminal</source>
        <translation>Windows Terminal</translation>
    </message>
    <message>
        <source>A console window</source>
        <translation>Ein Konsolenfenster</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Docker program</source>
        <translation>Docker-Programm</translation>
    </message>
    <message>
        <source>Automatic: none found</source>
        <translation>Automatisch: keines gefunden</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Docker Program</source>
        <translation>Docker-Programm</translation>
    </message>
    <message>
        <source>Empty: Berth looks on PATH, then where Docker Desktop, Colima, OrbStack, Rancher Desktop and Podman install it.</source>
        <translation>Leer: Berth sucht im PATH, dann dort, wo Docker Desktop, Colima, OrbStack, Rancher Desktop und Podman es installieren.</translation>
    </message>
    <message>
        <source>Terminal for the Django shell</source>
        <translation>Terminal für die Django-Shell</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>&amp;Docker program:</source>
        <translation>&amp;Docker-Programm:</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terminal:</translation>
    </message>
    <message>
        <source>Give the docker program&apos;s full path, or leave the field empty for automatic.</source>
        <translation>Geben Sie den vollständigen Pfad des docker-Programms an oder lassen Sie das Feld für die automatische Suche leer.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a program that can be run.</source>
        <translation>%1 ist kein ausführbares Programm.</translation>
    </message>
    <message>
        <source>Language of Berth</source>
        <translation>Sprache von Berth</translation>
    </message>
    <message>
        <source>Berth uses the new language from its next start.</source>
        <translation>Berth verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>ssh configuration file</source>
        <translation>ssh-Konfigurationsdatei</translation>
    </message>
    <message>
        <source>ssh&apos;s own (~/.ssh/config)</source>
        <translation>die von ssh (~/.ssh/config)</translation>
    </message>
    <message>
        <source>Browse for the ssh configuration file</source>
        <translation>Die ssh-Konfigurationsdatei auswählen</translation>
    </message>
    <message>
        <source>ssh Configuration File</source>
        <translation>ssh-Konfigurationsdatei</translation>
    </message>
    <message>
        <source>For engines reached over ssh: Berth&apos;s one ssh connection reads this file (ssh -F) for the host&apos;s name, user, key and known hosts.</source>
        <translation>Für Engines, die über ssh erreicht werden: Berths eine ssh-Verbindung liest aus dieser Datei (ssh -F) den Namen des Hosts, den Benutzer, den Schlüssel und die bekannten Hosts.</translation>
    </message>
    <message>
        <source>&amp;SSH configuration:</source>
        <translation>SS&amp;H-Konfiguration:</translation>
    </message>
    <message>
        <source>Give the ssh configuration file&apos;s full path, or leave the field empty for ssh&apos;s own.</source>
        <translation>Geben Sie den vollständigen Pfad der ssh-Konfigurationsdatei an, oder lassen Sie das Feld leer für die von ssh.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
</context>
<context>
    <name>Berth::SetupFiles</name>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
    <message>
        <source>Edited since Berth wrote it: Change Setup… merges your edits.</source>
        <translation>Bearbeitet, seit Berth die Datei geschrieben hat: „Setup ändern…“ führt Ihre Änderungen zusammen.</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Webserver</translation>
    </message>
    <message>
        <source>App server</source>
        <translation>App-Server</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Your project</source>
        <translation>Ihr Projekt</translation>
    </message>
</context>
<context>
    <name>Berth::SetupWizard</name>
    <message>
        <source>New Docker Setup</source>
        <translation>Neues Docker-Setup</translation>
    </message>
    <message>
        <source>Change Docker Setup</source>
        <translation>Docker-Setup ändern</translation>
    </message>
    <message>
        <source>Write Files</source>
        <translation>Dateien schreiben</translation>
    </message>
    <message>
        <source>Setup Not Valid</source>
        <translation>Setup nicht gültig</translation>
    </message>
    <message>
        <source>Cannot Write</source>
        <translation>Schreiben nicht möglich</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot Write the Setup</source>
        <translation>Das Setup kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1

Nothing you had was lost: files are replaced atomically, and replaced files are backed up under .berth/backups.</source>
        <translation>%1

Nichts, was Sie hatten, ging verloren: Dateien werden atomar ersetzt, und ersetzte Dateien werden unter .berth/backups gesichert.</translation>
    </message>
</context>
<context>
    <name>Berth::Spec</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the file is %1; a Berth spec is a few KB of YAML (`berth spec --defaults` prints one): check that this is the right file</source>
        <translation>die Datei ist %1 groß; eine Berth-Spezifikation besteht aus wenigen KB YAML (`berth spec --defaults` gibt eine aus): Prüfen Sie, ob dies die richtige Datei ist</translation>
    </message>
    <message>
        <source>the file is UTF-32; save it as UTF-8</source>
        <translation>die Datei ist UTF-32; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>die Datei ist UTF-16; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>%1: a NUL byte; this is not a text file (a spec is YAML text, `berth spec --defaults` prints one)</source>
        <translation>%1: ein NUL-Byte; dies ist keine Textdatei (eine Spezifikation ist YAML-Text, `berth spec --defaults` gibt eine aus)</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 (byte 0x%2); save the file as UTF-8</source>
        <translation>%1: kein gültiges UTF-8 (Byte 0x%2); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>%1: brackets nested more than %2 deep; a spec needs two at most</source>
        <translation>%1: Klammern tiefer als %2 Ebenen verschachtelt; eine Spezifikation braucht höchstens zwei</translation>
    </message>
    <message>
        <source>line %1: a tab in the indentation; YAML indents with spaces only: replace the tab with spaces</source>
        <translation>Zeile %1: ein Tab in der Einrückung; YAML rückt nur mit Leerzeichen ein: Ersetzen Sie den Tab durch Leerzeichen</translation>
    </message>
    <message>
        <source>%1 more problems not shown; is this the right file?</source>
        <translation>%1 weitere Probleme werden nicht angezeigt; ist dies die richtige Datei?</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>muss ein Textwert sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list of text values, like [&quot;-W&quot;, &quot;error&quot;]</source>
        <translation>muss eine Liste von Textwerten sein, etwa [&quot;-W&quot;, &quot;error&quot;]</translation>
    </message>
    <message>
        <source>must have at most %1 entries</source>
        <translation>darf höchstens %1 Einträge haben</translation>
    </message>
    <message>
        <source>not valid YAML at line %1, column %2: %3</source>
        <translation>kein gültiges YAML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the spec must be a mapping of sections (compose:, django:, ...)</source>
        <translation>die Spezifikation muss eine Zuordnung von Abschnitten sein (compose:, django:, ...)</translation>
    </message>
    <message>
        <source>unknown section%1; allowed: %2</source>
        <translation>unbekannter Abschnitt%1; erlaubt: %2</translation>
    </message>
    <message>
        <source>appears twice%1</source>
        <translation>kommt zweimal vor%1</translation>
    </message>
    <message>
        <source>must be a mapping of keys</source>
        <translation>muss eine Zuordnung von Schlüsseln sein</translation>
    </message>
    <message>
        <source>unknown key%1; allowed in %2: %3</source>
        <translation>unbekannter Schlüssel%1; erlaubt in %2: %3</translation>
    </message>
    <message>
        <source>cannot read the spec: %1</source>
        <translation>die Spezifikation kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>must be %1 from %2 to %3</source>
        <translation>muss %1 von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>must be a relative path of letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos; separated by &apos;/&apos;, without &apos;..&apos;</source>
        <translation>muss ein relativer Pfad aus Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos;, &apos;.&apos; sein, getrennt durch &apos;/&apos;, ohne &apos;..&apos;</translation>
    </message>
    <message>
        <source>must be an image reference like &quot;name:tag&quot; (lower-case name, no spaces)</source>
        <translation>muss eine Image-Referenz wie &quot;name:tag&quot; sein (Name in Kleinbuchstaben, keine Leerzeichen)</translation>
    </message>
    <message>
        <source>must start with a lower-case letter or digit and contain only a-z, 0-9, &apos;-&apos; and &apos;_&apos; (at most 63)</source>
        <translation>muss mit einem Kleinbuchstaben oder einer Ziffer beginnen und darf nur a-z, 0-9, &apos;-&apos; und &apos;_&apos; enthalten (höchstens 63 Zeichen)</translation>
    </message>
    <message>
        <source>must be a file name ending in .yml or .yaml (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;)</source>
        <translation>muss ein Dateiname sein, der auf .yml oder .yaml endet (Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <source>must not be berth.yaml, the spec itself</source>
        <translation>darf nicht berth.yaml sein, die Spezifikation selbst</translation>
    </message>
    <message>
        <source>must differ from compose.file and berth.yaml</source>
        <translation>muss sich von compose.file und berth.yaml unterscheiden</translation>
    </message>
    <message>
        <source>must not be data/ or .berth/, which Berth uses</source>
        <translation>darf nicht data/ oder .berth/ sein, die Berth verwendet</translation>
    </message>
    <message>
        <source>must be a dotted Python module name of ASCII letters, digits and &apos;_&apos; (like app.settings)</source>
        <translation>muss ein Python-Modulname mit Punkten aus ASCII-Buchstaben, Ziffern und &apos;_&apos; sein (etwa app.settings)</translation>
    </message>
    <message>
        <source>must not be Berth&apos;s own docker_settings module</source>
        <translation>darf nicht das eigene docker_settings-Modul von Berth sein</translation>
    </message>
    <message>
        <source>must be an absolute path of letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos; (like /opt/app), without a trailing &apos;/&apos;</source>
        <translation>muss ein absoluter Pfad aus Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos;, &apos;.&apos; sein (etwa /opt/app), ohne &apos;/&apos; am Ende</translation>
    </message>
    <message>
        <source>must not be a system folder of the image or contain &apos;..&apos;</source>
        <translation>darf kein Systemordner des Images sein und kein &apos;..&apos; enthalten</translation>
    </message>
    <message>
        <source>must be a file whose name contains &quot;Dockerfile&quot; (like Dockerfile or berth/Dockerfile), not under data/ or .berth/</source>
        <translation>muss eine Datei sein, deren Name „Dockerfile“ enthält (etwa Dockerfile oder berth/Dockerfile), nicht unter data/ oder .berth/</translation>
    </message>
    <message>
        <source>Alpine images are not supported (the Dockerfile needs apt-get and useradd); use a Debian-based image such as python:3.13 or python:3.13-slim</source>
        <translation>Alpine-Images werden nicht unterstützt (das Dockerfile braucht apt-get und useradd); verwenden Sie ein Debian-basiertes Image wie python:3.13 oder python:3.13-slim</translation>
    </message>
    <message>
        <source>a port (the container does not run as root, so not below 1024)</source>
        <translation>ein Port (der Container läuft nicht als root, daher nicht unter 1024)</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>a port (0: not published)</source>
        <translation>ein Port (0: nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>must be an IP address like 127.0.0.1, ::1 or 0.0.0.0 (every interface)</source>
        <translation>muss eine IP-Adresse wie 127.0.0.1, ::1 oder 0.0.0.0 (alle Interfaces) sein</translation>
    </message>
    <message>
        <source>must be host names of ASCII letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;*&apos;, separated by single spaces</source>
        <translation>muss aus Hostnamen bestehen (ASCII-Buchstaben, Ziffern, &apos;-&apos;, &apos;.&apos;, &apos;*&apos;), getrennt durch einzelne Leerzeichen</translation>
    </message>
    <message>
        <source>must be one of: postgres, none</source>
        <translation>muss einer dieser Werte sein: postgres, none</translation>
    </message>
    <message>
        <source>must be a lower-case SQL identifier: a-z, 0-9 and &apos;_&apos;, not starting with a digit (at most 63)</source>
        <translation>muss ein SQL-Bezeichner in Kleinbuchstaben sein: a-z, 0-9 und &apos;_&apos;, nicht mit einer Ziffer am Anfang (höchstens 63 Zeichen)</translation>
    </message>
    <message>
        <source>must be one of: shell, shell_plus (shell_plus adds django-extensions)</source>
        <translation>muss einer dieser Werte sein: shell, shell_plus (shell_plus fügt django-extensions hinzu)</translation>
    </message>
    <message>
        <source>each argument must be non-empty printable text without line breaks</source>
        <translation>jedes Argument muss ein nicht leerer, druckbarer Text ohne Zeilenumbrüche sein</translation>
    </message>
    <message>
        <source>is already used by %1; each published port must be different</source>
        <translation>wird bereits von %1 verwendet; jeder veröffentlichte Port muss ein anderer sein</translation>
    </message>
</context>
<context>
    <name>Berth::SpecChangeDialog</name>
    <message>
        <source>the uwsgi port</source>
        <translation>den uwsgi-Port</translation>
    </message>
    <message>
        <source>the uwsgi processes</source>
        <translation>die uwsgi-Prozesse</translation>
    </message>
    <message>
        <source>the uwsgi threads</source>
        <translation>die uwsgi-Threads</translation>
    </message>
    <message>
        <source>the app&apos;s host port</source>
        <translation>den Host-Port der App</translation>
    </message>
    <message>
        <source>the server name</source>
        <translation>den Servernamen</translation>
    </message>
    <message>
        <source>the HTTP port</source>
        <translation>den HTTP-Port</translation>
    </message>
    <message>
        <source>the HTTPS port</source>
        <translation>den HTTPS-Port</translation>
    </message>
    <message>
        <source>the database&apos;s host port</source>
        <translation>den Host-Port der Datenbank</translation>
    </message>
    <message>
        <source>Change %1 everywhere</source>
        <translation>%1 überall ändern</translation>
    </message>
    <message>
        <source>berth.yaml holds this value: &lt;b&gt;%1&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt; → &lt;code&gt;%3&lt;/code&gt;. Berth generates it into every file that uses it.</source>
        <translation>berth.yaml enthält diesen Wert: &lt;b&gt;%1&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt; → &lt;code&gt;%3&lt;/code&gt;. Berth schreibt ihn in jede Datei, die ihn verwendet.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>berth.yaml cannot hold this value: %1</source>
        <translation>berth.yaml kann diesen Wert nicht aufnehmen: %1</translation>
    </message>
    <message>
        <source>Change Everywhere changes berth.yaml and these files (a backup of each is kept):</source>
        <translation>„Überall ändern“ ändert berth.yaml und diese Dateien (von jeder wird eine Sicherung aufbewahrt):</translation>
    </message>
    <message>
        <source>Files that change</source>
        <translation>Dateien, die sich ändern</translation>
    </message>
    <message>
        <source> (this file)</source>
        <translation> (diese Datei)</translation>
    </message>
    <message>
        <source>%1%2 — %3: not changed unless ticked</source>
        <translation>%1%2 – %3: nur geändert, wenn angekreuzt</translation>
    </message>
    <message>
        <source>not written by Berth</source>
        <translation>nicht von Berth geschrieben</translation>
    </message>
    <message>
        <source>edited since Berth wrote it</source>
        <translation>bearbeitet, seit Berth die Datei schrieb</translation>
    </message>
    <message>
        <source>The change as a diff</source>
        <translation>Die Änderung als Diff</translation>
    </message>
    <message>
        <source>Change Everywhere</source>
        <translation>Überall ändern</translation>
    </message>
    <message>
        <source>Only This File</source>
        <translation>Nur diese Datei</translation>
    </message>
    <message>
        <source>Edit only %1; berth.yaml and the other files keep the old value, and the doctor will say they differ</source>
        <translation>Nur %1 bearbeiten; berth.yaml und die anderen Dateien behalten den alten Wert, und der Doktor wird melden, dass sie sich unterscheiden</translation>
    </message>
    <message>
        <source>Change Everywhere writes the files on disk, and %1 has unsaved changes: save or close it first.</source>
        <translation>„Überall ändern“ schreibt die Dateien auf die Festplatte, und %1 hat ungespeicherte Änderungen: Speichern oder schließen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
</context>
<context>
    <name>Berth::SshTunnel</name>
    <message>
        <source>cannot create a folder for the tunnel&apos;s socket: %1</source>
        <translation>kann keinen Ordner für den Socket des Tunnels anlegen: %1</translation>
    </message>
    <message>
        <source>%1 is not an ssh://[user@]host[:port] address</source>
        <translation>%1 ist keine ssh://[benutzer@]host[:port]-Adresse</translation>
    </message>
    <message>
        <source>the ssh program was not found; install OpenSSH&apos;s client</source>
        <translation>das Programm ssh wurde nicht gefunden; installieren Sie den OpenSSH-Client</translation>
    </message>
    <message>
        <source>Connecting to %1 over ssh…</source>
        <translation>Verbinde mit %1 über ssh…</translation>
    </message>
    <message>
        <source>Connected to %1 over one ssh connection.</source>
        <translation>Mit %1 über eine ssh-Verbindung verbunden.</translation>
    </message>
    <message>
        <source>The ssh connection to %1 dropped; reconnecting…</source>
        <translation>Die ssh-Verbindung zu %1 ist abgebrochen; verbinde erneut…</translation>
    </message>
    <message>
        <source>The ssh connection to %1 dropped (%2); reconnecting…</source>
        <translation>Die ssh-Verbindung zu %1 ist abgebrochen (%2); verbinde erneut…</translation>
    </message>
    <message>
        <source>Cannot connect to %1 over ssh: %2. Check that `ssh %1` logs in without a question (a known host key, a key the agent holds), then retry.</source>
        <translation>Keine ssh-Verbindung zu %1: %2. Prüfen Sie, dass `ssh %1` ohne Rückfrage anmeldet (ein bekannter Host-Schlüssel, ein Schlüssel im Agenten), dann erneut versuchen.</translation>
    </message>
    <message>
        <source>ssh stopped</source>
        <translation>ssh wurde beendet</translation>
    </message>
</context>
<context>
    <name>Berth::StartPage</name>
    <message>
        <source>&lt;h1&gt;Berth&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Berth&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Write a Docker setup into a Django project (nginx, Postgres, uwsgi, a manage service and a tests service), edit it, and run it.</source>
        <translation>Ein Docker-Setup in ein Django-Projekt schreiben (nginx, Postgres, uwsgi, ein Dienst manage und ein Dienst tests), es bearbeiten und ausführen.</translation>
    </message>
    <message>
        <source>New Docker setup…</source>
        <translation>Neues Docker-Setup…</translation>
    </message>
    <message>
        <source>Write the Docker setup into a new or existing Django project (Ctrl+N)</source>
        <translation>Das Docker-Setup in ein neues oder bestehendes Django-Projekt schreiben (Strg+N)</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open a project folder that already has a Berth setup (Ctrl+O)</source>
        <translation>Einen Projektordner öffnen, der bereits ein Berth-Setup hat (Strg+O)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Projekte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Doppelklick oder Eingabe zum Öffnen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>never started</source>
        <translation>nie gestartet</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;New Docker setup&lt;/b&gt; writes the Dockerfile, the compose file with nginx, Postgres, the app, a manage and a tests service, and their settings into a new Django project or one you already have. You check every file before it is written.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Open project&lt;/b&gt; opens a folder that already has a Berth setup (berth.yaml) or a compose file, to edit its files and run its stack.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Neues Docker-Setup&lt;/b&gt; schreibt das Dockerfile, die Compose-Datei mit nginx, Postgres, der App, einem manage- und einem tests-Dienst sowie deren Einstellungen in ein neues oder ein bestehendes Django-Projekt. Sie prüfen jede Datei, bevor sie geschrieben wird.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Projekt öffnen&lt;/b&gt; öffnet einen Ordner, der schon ein Berth-Setup (berth.yaml) oder eine Compose-Datei hat, um seine Dateien zu bearbeiten und seinen Stack zu starten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Berth::StartProjectJob</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Neither django-admin nor Python was found on this computer: create the project in a container (Docker only), install Django, or choose a folder that already holds a Django project.</source>
        <translation>Weder django-admin noch Python wurde auf diesem Computer gefunden: Legen Sie das Projekt in einem Container an (nur Docker), installieren Sie Django oder wählen Sie einen Ordner, der bereits ein Django-Projekt enthält.</translation>
    </message>
    <message>
        <source>The docker command line tool was not found: install Docker, or create the project with a local Django.</source>
        <translation>Das docker-Kommandozeilenwerkzeug wurde nicht gefunden: Installieren Sie Docker oder legen Sie das Projekt mit einem lokalen Django an.</translation>
    </message>
    <message>
        <source>The folder %1 has a &apos;:&apos; in its path, which docker --volume cannot mount: choose another folder.</source>
        <translation>Der Pfad des Ordners %1 enthält ein „:“, das docker --volume nicht einbinden kann: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Created the Django project with: %1</source>
        <translation>Das Django-Projekt wurde angelegt mit: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Django is not installed for %1: create the project in a container (Docker only), install Django, or choose a folder that already holds a Django project.</source>
        <translation>Django ist für %1 nicht installiert: Legen Sie das Projekt in einem Container an (nur Docker), installieren Sie Django oder wählen Sie einen Ordner, der bereits ein Django-Projekt enthält.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Berth::SuperuserDialog</name>
    <message>
        <source>Create Superuser</source>
        <translation>Superuser anlegen</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Runs manage.py createsuperuser in the manage service. The password is passed in an environment variable and is not shown anywhere.</source>
        <translation>Führt manage.py createsuperuser im Dienst manage aus. Das Passwort wird in einer Umgebungsvariablen übergeben und nirgends angezeigt.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Berth::SyntaxEngine</name>
    <message>
        <source>%1: not a Berth syntax plugin of this version (%2)</source>
        <translation>%1: kein Berth-Syntax-Plugin dieser Version (%2)</translation>
    </message>
    <message>
        <source>%1 was not found in %2.</source>
        <translation>%1 wurde in %2 nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 could not be loaded (searched %2): %3.</source>
        <translation>%1 konnte nicht geladen werden (durchsucht: %2): %3.</translation>
    </message>
</context>
<context>
    <name>Berth::TestResultModel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>(keine Klasse)</translation>
    </message>
    <message>
        <source>Not a JUnit XML report: %1 (line %2)</source>
        <translation>Kein JUnit-XML-Bericht: %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>Not a JUnit XML report: no testsuite element</source>
        <translation>Kein JUnit-XML-Bericht: kein testsuite-Element</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>Berth::TestResultsPane</name>
    <message>
        <source>No test run yet.</source>
        <translation>Noch kein Testlauf.</translation>
    </message>
    <message>
        <source>Run Failed Again</source>
        <translation>Fehlgeschlagene erneut</translation>
    </message>
    <message>
        <source>Select a failed test to see why it failed.</source>
        <translation>Wählen Sie einen fehlgeschlagenen Test aus, um zu sehen, warum er fehlschlug.</translation>
    </message>
    <message>
        <source>%1 tests: %2 passed, %3 failed, %4 errors, %5 skipped (%6 s)</source>
        <translation>%1 Tests: %2 bestanden, %3 fehlgeschlagen, %4 Fehler, %5 übersprungen (%6 s)</translation>
    </message>
    <message>
        <source>Running tests…</source>
        <translation>Tests laufen…</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <source>Why the selected test failed</source>
        <translation>Warum der ausgewählte Test fehlschlug</translation>
    </message>
</context>
<context>
    <name>Berth::TextFile</name>
    <message>
        <source>line %1 has &quot;%2&quot;, which %3 cannot hold: remove it, or save the file as UTF-8</source>
        <translation>Zeile %1 enthält „%2“, das %3 nicht darstellen kann: Entfernen Sie es oder speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>the text cannot be written as %1</source>
        <translation>der Text kann nicht als %1 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Berth::Validation</name>
    <message>
        <source>Check the spelling of “%1”: Compose accepts only the keys of its specification (and any key that starts with x-).</source>
        <translation>Prüfen Sie die Schreibweise von „%1“: Compose akzeptiert nur die Schlüssel seiner Spezifikation (und jeden Schlüssel, der mit x- beginnt).</translation>
    </message>
    <message>
        <source>A key may appear once in a mapping: keep one of the two.</source>
        <translation>Ein Schlüssel darf in einem Mapping nur einmal vorkommen: Behalten Sie einen der beiden.</translation>
    </message>
    <message>
        <source>Add a service “%1”, or remove it from depends_on.</source>
        <translation>Fügen Sie einen Dienst „%1“ hinzu oder entfernen Sie ihn aus depends_on.</translation>
    </message>
    <message>
        <source>Set %1 in the project&apos;s .env file, or give it a default: ${%1:-value}.</source>
        <translation>Setzen Sie %1 in der .env-Datei des Projekts oder geben Sie einen Standardwert an: ${%1:-wert}.</translation>
    </message>
    <message>
        <source>Remove the `%1:` line.</source>
        <translation>Entfernen Sie die Zeile `%1:`.</translation>
    </message>
    <message>
        <source>Create the file, or correct the env_file entry (relative paths start at the project folder).</source>
        <translation>Legen Sie die Datei an oder korrigieren Sie den env_file-Eintrag (relative Pfade beginnen im Projektordner).</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>In %1: %2</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No terminal program was found (tried %1).</source>
        <translation>Kein Terminalprogramm gefunden (versucht: %1).</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
</context>
</TS>
