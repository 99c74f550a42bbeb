<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Berth</name>
    <message>
        <source>%1 has no berth.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth.yaml does not validate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a list; edit it in berth.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a key of berth.yaml; the keys are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth.yaml: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth.yaml: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth.yaml changed since the change was shown; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the change was shown; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected S&amp;ervice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor &amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (Follow System Colors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Themes: Syntax Highlighting Is Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k Setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the setup&apos;s files against each other (ports, volumes, healthchecks, berth.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker program and the terminal Berth uses on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Berth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::AboutDialog</name>
    <message>
        <source>About Berth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Berth %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker setups for Django projects: a wizard that writes them, an editor that highlights them, a services panel that runs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1
KF6 SyntaxHighlighting %2
yaml-cpp %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::ActionBar</name>
    <message>
        <source>Stack: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::CommandJob</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish in time and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker command line tool was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::ComposeConfigView</name>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes: %1
Networks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed through an anchor, so also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy leaves out %1: they must differ between services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2. Remove %2 anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1 (depends_on, links and extends follow):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Config</name>
    <message>
        <source>&quot;%1&quot; is not a service name: use letters, digits, and . _ - after the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services is not a block mapping (one service a line); add this service in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services is not a block mapping; duplicate this service in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section header needs its closing “]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a section header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “key = value”, “key: value” or a [section]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse to start on an unknown or misspelled option instead of ignoring it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address uwsgi answers plain HTTP on, such as :8000 (what nginx&apos;s proxy_pass reaches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of a uwsgi-protocol socket, for nginx&apos;s uwsgi_pass. Never publish it to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts uwsgi&apos;s own HTTP router process on this address, in front of the workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder uwsgi changes into before loading the application (the Django project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WSGI module to load, such as mysite.wsgi (optionally :application).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Python file that defines the WSGI application, instead of module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a master process that starts, watches and restarts the workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of worker processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads per worker process; more than one also enables threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the application start its own Python threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Python interpreter per worker, as Django expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest request header block in bytes. Too small gives “invalid request block size” and a 502 in nginx for large cookies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds after which a running request is stopped and its worker restarted; 0 never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycle a worker after this many requests; 0 never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycle a worker after this many seconds; 0 never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds added per worker to max-worker-lifetime, so workers do not all restart at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop on SIGTERM (what docker stop sends) instead of reloading, as uwsgi before 2.1 does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the application fails to import, instead of answering every request with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sockets and pid files uwsgi created when it stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the application in each worker instead of once in the master before forking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Python modules every N seconds and reload when one changed (development only); 0 off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the socket&apos;s queue of waiting connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the HTTP router waits for a worker&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of inactivity after which a socket connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer request bodies larger than this many bytes on disk before the application reads them; 0 off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User the workers run as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the workers run as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the master&apos;s process id is written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the log goes to instead of standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not log each request (errors are still logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload uwsgi when this file&apos;s modification time changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python virtual environment to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment variable for the application, as NAME=value. Repeat the key for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve a URL prefix from a folder, as /static=/path/to/folder. Repeat the key for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action run as soon as uwsgi starts, such as exec:command. Repeat the key for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings module pytest-django loads for the tests, such as mysite.settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name patterns, separated by spaces, of the files pytest collects tests from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class name prefixes or patterns of the test classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function name prefixes or patterns of the test functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options added to every pytest command line, such as --reuse-db -ra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders searched for tests when none is given on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name patterns pytest does not descend into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest pytest version this configuration accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins that must be installed, separated by spaces, such as pytest-django&gt;=4.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom markers, one per line, as name: description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning filters, one per line, such as error or ignore::DeprecationWarning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An xfail test that passes fails the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show log records live while the tests run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest level of live log records, such as INFO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders added to sys.path, separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pytest-django looks for manage.py and adds its folder to sys.path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pytest-django fails a test that renders an unknown template variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a yes or no: use true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number: use %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: use %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an address: use :PORT or HOST:PORT with a port from 1 to 65535, or a socket path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Python module name: use dotted names such as mysite.settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty value does nothing here: remove the line instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a variable: use NAME=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a mapping: use /url-prefix=/folder, such as /static=/app/static.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“;” without a directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{” without a directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directive needs a “;” at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“}” without its “{”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block is not closed with “}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cache and Celery broker. In Django: CACHES with the backend django.core.cache.backends.redis.RedisCache at redis://redis:6379/1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celery worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs your tasks, on the app&apos;s image, with the app&apos;s env files; its broker is redis://redis:6379/0 (add Redis too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celery beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends your periodic tasks to the worker, on the app&apos;s image; run one, never two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catches the mail Django sends, with a web inbox on http://127.0.0.1:8025. In Django: EMAIL_HOST = &quot;mailpit&quot;, EMAIL_PORT = 1025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Postgres with its own volume, for a second entry in DATABASES (host &quot;database2&quot;), with the first database&apos;s credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no &quot;%1&quot; in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no app service to take the image from: Celery runs on your Django app&apos;s image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which Django project Celery loads (celery -A PROJECT): it is not in the compose file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Config::ComposeModel</name>
    <message>
        <source>the file is not a mapping of keys, so it is not a compose file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Config::NginxSite</name>
    <message>
        <source>The site has no server block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx&apos;s default is 1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no location %1/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of location %2, line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server passes no requests on (no proxy_pass or uwsgi_pass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server of upstream %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one name, such as example.com, or _ for any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a listen address: use a port (80), HOST:PORT, [::]:PORT or unix:/path, then flags such as default_server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a size: use a number with k, m or g, such as 20m (0 turns the limit off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an absolute folder, such as /app/static/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the alias with “/” as the location does: nginx puts the rest of the path right after it, so /static/app.css would be looked for at %1app.css.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy_pass takes a URL: http://HOST:PORT or http://UPSTREAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an address: use HOST:PORT with a port from 1 to 65535, or unix:/path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Config::YamlEditor</name>
    <message>
        <source>%1: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a KEY=VALUE item; give a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such item; use add to append one to a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a list of KEY=VALUE items; give a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mapping, so it has no key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sequence; add appends an item to a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service name: use letters, digits, and . _ - after the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Config::YamlEditorParts</name>
    <message>
        <source>%1 goes through %2 to the anchor &amp;%3 (line %4), which %5 also use%6; edit the anchor for all of them, or set the key in this service to override it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alias *%1 has no anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alias *%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sequence, so it has no item [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merge key &lt;&lt;: *%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a KEY=VALUE item, so nothing is inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a single value, not a mapping, so it has no key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this would remove the anchor &amp;%1, which %2 uses; change that first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is empty; write &quot;&quot; for an empty string, or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a YAML value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one scalar or flow value; quote it (&quot;…&quot;) or write a flow value ([a, b], {a: 1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value spans lines; write it on one line (\n inside double quotes is a line break)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Config::YamlMeaning</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit would also change %1, so it was not made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Config::YamlPath</name>
    <message>
        <source>the path is empty; give keys separated by dots, like services.web.image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an item is written [N], with N a number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an empty key between dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a dot or [N] must follow a key or an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a quoted key is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the path ends with a dot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Config::YamlTree</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: something is missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second YAML document; Berth edits files of one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a YAML construct Berth cannot edit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a complex or empty mapping key, which Berth cannot edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single-pair mapping inside a flow sequence, which Berth cannot edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML parser gave up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::ConfigView</name>
    <message>
        <source>The text does not parse, so the form is read-only until it does: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::DatabasePage</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgres in its own container with a persistent volume, or no database service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database service (keep the project&apos;s own database settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgres as in the article, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgres image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From postgres:18 the data lives under /var/lib/postgresql; Berth mounts the right path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role the image creates on first start (POSTGRES_USER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database the image creates on first start (POSTGRES_DB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random, written only to the git-ignored secrets file (mode 0600), never to berth.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgres reads the password only when its volume is empty: for an existing database, change it with ALTER ROLE as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish on host port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a database GUI on this computer; 0 keeps Postgres unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…bound to address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 keeps Postgres private to this computer; published ports bypass firewalls such as ufw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::DockerBanner</name>
    <message>
        <source>Docker Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the docker (or podman) program Berth runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::DockerEnvironment</name>
    <message>
        <source>Docker %1 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker has not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker command line tool is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker daemon is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not use the Docker daemon&apos;s socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Compose is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker does not answer as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Docker Engine (Debian and Ubuntu: the docker.io and docker-compose packages), or set the path of the docker program in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Docker Desktop, or set the path of the docker program in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (DOCKER_HOST is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it with &quot;sudo systemctl start docker&quot;%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Docker Desktop%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your user to the docker group (&quot;sudo usermod -aG docker $USER&quot;), log out and in again. Members of the docker group can control the whole machine; rootless Docker is the alternative. Do not make the socket writable for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Docker Desktop runs as your user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the Compose plugin (Debian and Ubuntu: the docker-compose or docker-compose-plugin package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Docker Desktop, which includes Compose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what the docker command said.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Doctor</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; the doctor changes only UTF-8 files: save it as UTF-8 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the check; check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep a backup of %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth.yaml does not validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth.yaml says the setup has this file. Write it again with File ▸ Change Setup… or `berth generate --spec berth.yaml --out .`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was edited since Berth wrote it, and differs from what berth.yaml says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit stays; Change Setup… shows the difference and replaces the file only when you tick it (with a backup). If the edit is a value berth.yaml holds (a port, an image), change it in berth.yaml too, so the two agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is older than berth.yaml, and has edits of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth.yaml has changed since Berth wrote this file. It holds secrets, so the doctor does not rewrite it: Change Setup… merges berth.yaml&apos;s changes with your edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth.yaml has changed since Berth wrote this file; the stack still runs the old setting. Your edits and the new setting do not overlap: the fix merges them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge berth.yaml&apos;s changes into %1, keeping your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is older than berth.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is as Berth wrote it, but berth.yaml has changed since; the stack still runs the old setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write %1 as berth.yaml says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give %1 the env file %2, which sets %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets no POSTGRES_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postgres image stops at its first start without a password. Set POSTGRES_PASSWORD in its env file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings read %1, which %2 does not get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No env file of %1 (%2) and no entry of its environment sets %3, so Django&apos;s DATABASES %4. Add %3 to the env file the database uses (and list that file under %1&apos;s env_file), or to %1&apos;s environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails with KeyError when Django starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gets None for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose file does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for %2 to be healthy, but %2 has no healthcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose starts %1 only when %2 reports healthy, which a service without a healthcheck never does (unless its image has a HEALTHCHECK). Give %2 a healthcheck, or wait only for its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for %1 to start instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes port %2 on every interface while DEBUG is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With DEBUG on, Django shows settings and tracebacks to whoever reaches it; on 0.0.0.0 that is anyone on your network. Publish on 127.0.0.1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joins the network %2, which the file does not declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose refuses to start a service on an undeclared network. Declare it under networks:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declare the network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mounts the named volume %2, which the file does not declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose refuses a named volume that is not declared under volumes:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declare the volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads the env file %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose stops with an error for a missing env_file. Create it (Berth&apos;s wizard writes its secrets files), or remove the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host port %1 is published by both %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one container can listen on a host port; the second fails to start with &quot;port is already allocated&quot;. Change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx sends requests to port %1, but uwsgi listens on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request through nginx then ends in 502 Bad Gateway. The port in nginx&apos;s upstream must be uwsgi&apos;s (%1 in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send nginx&apos;s requests to port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes container port %2, but uwsgi listens on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published port leads nowhere: nothing in the container listens on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host port %1 of %2 is in use on this machine (by this stack if it is up, or by another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something listens on port %1 already. If it is not this project&apos;s %2, `docker compose up` fails with &quot;address already in use&quot;: stop the other program, or publish %2 on another host port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production&apos;s SECRET_KEY is written in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever can read the repository can sign sessions, password-reset links and cookies as your site. Read it from the environment (os.environ[&quot;DJANGO_SECRET_KEY&quot;]), put a new key in a git-ignored env file, and treat the old one as leaked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets no %2, so production uses the SECRET_KEY written in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings fall back to a key in the repository when %1 is not set, and no env file of %2 (%3) nor its environment sets it. Put a new key in a git-ignored env file listed under %2&apos;s env_file (Berth&apos;s is data/django/django_env) as %1, and treat the written one as leaked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets no %2, which production&apos;s SECRET_KEY reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No env file of %1 (%2) nor its environment sets %3, so Django %4. Put a new key in a git-ignored env file listed under %1&apos;s env_file (Berth&apos;s is data/django/django_env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stops at its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs without a secret key and refuses to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets %2 in the compose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose file is committed with the project, and with it the key. Move %1 to an env file that .gitignore lists (Berth&apos;s is data/django/django_env), list that file under env_file, and make a new key: the old one is leaked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2, and git does not ignore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commit would put the key in the repository. Add %1 to .gitignore (and, if it was ever committed, make a new key: `git rm --cached %1`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx serves /static/ from %1, but the static files are at %2 in its container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collectstatic writes to STATIC_ROOT (%1 in %2), on the volume %3, which the nginx container mounts at %4: every static file is then a 404. Point the location&apos;s alias there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve /static/ from %1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor cannot tell where collectstatic puts the static files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No production settings file assigns STATIC_ROOT, as far as the doctor reads them. nginx serves /static/ from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATIC_ROOT = %1 is not a plain path the doctor can read. Make sure it is on a volume that nginx mounts at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATIC_ROOT %1 is on no volume of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collectstatic writes the files inside the %1 container only, where nginx cannot read them. Mount a volume at %2 in %1 and the same volume in nginx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx does not mount %1, which holds STATIC_ROOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collectstatic writes to %1 in %2, on the volume %3; mount %3 in %4 too (read-only is enough) where the site&apos;s /static/ alias points.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::DoctorDialog</name>
    <message>
        <source>Check Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix, as a diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the change shown above (the old file is kept under .berth/backups/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1, %2 of them errors. Select one to see what it means and its fix.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No automatic fix: the explanation above says what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::DocumentValidator</name>
    <message>
        <source>Could not check the file with docker compose: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::EditorArea</name>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Saving replaces the version on disk with yours. Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::EditorTab</name>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep My Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file as UTF-8 from the next save on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text or Configuration view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as text (F4 switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings as a form (F4 switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Text / Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is %1, not UTF-8. Berth saves it as %1, keeping every byte you do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was deleted on disk. Save to write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: the file was changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed on disk, and you have unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::EventWatcher</name>
    <message>
        <source>The connection to the Docker daemon was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::FindBar</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match (F3, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::IniConfigView</name>
    <message>
        <source>Above the first [section]: %1 does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In section [%1], which %2 does not read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a key Berth knows: kept as it is. Edit it in the Text view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set again on line %1, which takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several lines: edit it in the Text view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;[%1]&lt;/b&gt; — every change here is a small edit of the text; Ctrl+Z undoes it in either view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not set&lt;/b&gt; — the tool&apos;s default applies; give a value to add the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this line of the file, with its own comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::LogFollower</name>
    <message>
        <source>docker ps exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker logs exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::LogPane</name>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the lines of one service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view (End); scrolling up pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show when each line was printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lines shown to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::LogView</name>
    <message>
        <source>What the services print appears here once they run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has printed nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::MainWindow</name>
    <message>
        <source>Berth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of the Docker setup; Enter or double-click opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to see its services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands Berth runs, and what they print, appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Docker Setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange Setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the wizard with this project&apos;s answers and see what would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax highlighting is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept a backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) of the Docker setup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Berth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::NginxConfigView</name>
    <message>
        <source>server_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host names this server answers, separated by spaces (_ for any). Django&apos;s ALLOWED_HOSTS must allow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port, or address and port, nginx listens on, then flags such as default_server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_max_body_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest upload nginx accepts, such as 20m; larger ones get 413. 0 turns the limit off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static files folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of location /static/ (alias or root): where collectstatic puts STATIC_ROOT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media files folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of location /media/ (alias or root): MEDIA_ROOT, the uploads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where requests for the application go: the upstream&apos;s server (host:port) or the proxy_pass or uwsgi_pass target. It must match uwsgi&apos;s socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no server block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server blocks in this file: %1. Only these settings are shown; the rest of the site stays as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: 1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::NginxPage</name>
    <message>
        <source>nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx proxies to uwsgi and serves static files. Without it, the app&apos;s port is the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put nginx in front of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the nginx service and data/nginx/app.conf, as in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nginx image to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP host port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open http://localhost:PORT in the browser to reach the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS host port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish it once data/nginx/app.conf has your TLS server (certbot and the like); 0 leaves it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address in development:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In development (DEBUG on) nginx listens only on this host address; 127.0.0.1 keeps the site off the network. Production publishes it on every interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx&apos;s server_name; Django allows this host too (ALLOWED_HOSTS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx re-reads its configuration every 6 hours (the article&apos;s reload loop), so renewed certificates are picked up without a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::ProblemModel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the open files, found as you type; double-click one to go to its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::ProjectActions</name>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the images (docker compose build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and start the containers (docker compose up -d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start existing containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the containers, keeping them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and remove the containers (and the stack&apos;s networks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down and Delete &amp;Volumes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down + Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete the project&apos;s named volumes (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the Selected Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, for the selected service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pytest in the tests service; results in the Tests tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Failed Tests Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Failed Tests Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pytest --last-failed in the tests service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage.py migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make M&amp;igrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage.py makemigrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Mi&amp;grations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage.py showmigrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collect Static Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect Static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage.py collectstatic --noinput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for &amp;Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage.py check --deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Su&amp;peruser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage.py createsuperuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Django &amp;Shell in a Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Django Shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage.py shell in a terminal window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Site in the Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the site in the browser (nginx, or the app when there is no nginx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::ProjectPage</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of your Django project, or an empty folder for a new one. Berth writes the Docker setup next to the Django project folder, as the article does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder that holds (or will hold) manage.py&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top folder of the project: the Dockerfile and compose file go here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the local Django (faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose project name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name docker compose uses for containers, networks and volumes (docker compose -p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Django project folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of manage.py, relative to the folder above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of the image, which production runs (a settings package&apos;s production module when it has one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of the development override (DEBUG on); empty: the settings module above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings module above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of the tests service; empty: the development settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the development settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSGI module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module uwsgi loads the application from (its &apos;application&apos; object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the full path of the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth.yaml cannot be used, so the answers below are the defaults; fix it and choose the folder again to get its answers back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Found a Django project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: %1    WSGI: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Django project (manage.py) in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder does not exist yet; Berth can create it with a new Django project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Django Project &quot;%1&quot; Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a %1 container (only Docker needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Python package name for a new project: use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the Django project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a module in %1: give a settings module of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a module in %1, so uwsgi could not start: give the module that defines `application` (the project&apos;s wsgi.py, like mysite.wsgi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::ProjectSession</name>
    <message>
        <source>Log stream ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to Docker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no tests yet (pytest found no test files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no tests service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the previous test report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results: the tests service does not mount the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test run wrote no report; see the output pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tests yet: pytest found no test files (tests.py, test_*.py, *_tests.py).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (in a terminal window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: opened in a terminal window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::PythonPage</name>
    <message>
        <source>Python and uwsgi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image the app is built from and how uwsgi serves it. The defaults are the article&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image of the Dockerfile; the full python image has the compiler uwsgi needs, slim ones do not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path in the container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the Django project is copied and mounted inside the containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uwsgi port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP port uwsgi listens on inside the app container (nginx proxies to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uwsgi worker processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads per process:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads in each uwsgi worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoreload every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart uwsgi when code changes, checking every N seconds; development only (docker-compose.override.yml), never in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish uwsgi on host port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach uwsgi directly for debugging, bypassing nginx; 0 keeps it unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…bound to address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 keeps the port private to this computer; 0.0.0.0 opens it to the network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::ReviewPage</name>
    <message>
        <source>conflict: exists and is not Berth&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged with your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file of the setup. Edit any of them before writing, compare with what is on disk, and untick what you want to keep as it is. Replaced files are backed up under .berth/backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked files are written when you press Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes against disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged with your edits to them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed on disk by you (not replaced unless you tick them; a backup is kept)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Into %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the lines both you and Berth changed; ticking the file replaces it with Berth&apos;s version (your version is backed up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes: the file on disk is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this differs from the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: this file is as the article has it, or the article has no such file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::ServiceForm</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image to run, or the name given to the image built here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the image is built from; edit the build in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the container runs instead of the image&apos;s CMD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Docker restarts the container: unless-stopped suits services, &quot;no&quot; one-off tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcheck test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The healthcheck&apos;s test, such as [&quot;CMD&quot;, &quot;pg_isready&quot;]; depends_on with service_healthy waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published ports. An empty host address means every interface (0.0.0.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service_healthy waits for the service&apos;s healthcheck; service_started only for its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Env files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of VARIABLE=value lines for the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named volumes (NAME:/path) and folders of this machine (./dir:/path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The networks the service joins; services meet on a shared one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a profile, `up` leaves the service out unless the profile is asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete removes the selected entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another service waits for this one to be healthy, but it has no healthcheck: it never will be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is published on every interface (0.0.0.0): anyone on your network reaches it. Set the host address to 127.0.0.1 to keep it on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::ServiceModel</name>
    <message>
        <source>not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::ServicesPage</name>
    <message>
        <source>Developer Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manage service runs manage.py commands (docker compose run --rm manage migrate); the tests service runs pytest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shell (Django&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shell_plus (needs django-extensions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default manage command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &quot;docker compose run --rm manage&quot; runs without arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pytest arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments of pytest in the tests service; -W error turns warnings into failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the tests on every &quot;docker compose up&quot;, as the article does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the tests service runs only on demand (docker compose run --rm tests, or Berth&apos;s Run Tests)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::ServicesPanel</name>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no compose file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Docker setup with File → New Docker Setup…, then the services appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose cannot read this project&apos;s compose file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file in the editor, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to the Docker daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berth reconnects by itself when the daemon is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::SessionActions</name>
    <message>
        <source>&amp;Cancel the Running Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and remove the containers. This project has no named volumes to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and remove the containers, and delete these volumes with everything in them (databases included):

%1

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::SettingsDialog</name>
    <message>
        <source>Windows Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A console window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: Berth looks on PATH, then where Docker Desktop, Colima, OrbStack, Rancher Desktop and Podman install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal for the Django shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Docker program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the docker program&apos;s full path, or leave the field empty for automatic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a program that can be run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::SetupWizard</name>
    <message>
        <source>New Docker Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Docker Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup Not Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Write the Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing you had was lost: files are replaced atomically, and replaced files are backed up under .berth/backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::SpecChangeDialog</name>
    <message>
        <source>the uwsgi port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uwsgi processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uwsgi threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app&apos;s host port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTTPS port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s host port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth.yaml holds this value: &lt;b&gt;%1&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt; → &lt;code&gt;%3&lt;/code&gt;. Berth generates it into every file that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berth.yaml cannot hold this value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Everywhere changes berth.yaml and these files (a backup of each is kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 — %3: not changed unless ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written by Berth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited since Berth wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change as a diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only This File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit only %1; berth.yaml and the other files keep the old value, and the doctor will say they differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Everywhere writes the files on disk, and %1 has unsaved changes: save or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::StartPage</name>
    <message>
        <source>&lt;h1&gt;Berth&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a Docker setup into a Django project (nginx, Postgres, uwsgi, a manage service and a tests service), edit it, and run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Docker setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Docker setup into a new or existing Django project (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project folder that already has a Berth setup (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::StartProjectJob</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither django-admin nor Python was found on this computer: create the project in a container (Docker only), install Django, or choose a folder that already holds a Django project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker command line tool was not found: install Docker, or create the project with a local Django.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 has a &apos;:&apos; in its path, which docker --volume cannot mount: choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the Django project with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Django is not installed for %1: create the project in a container (Docker only), install Django, or choose a folder that already holds a Django project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::SuperuserDialog</name>
    <message>
        <source>Create Superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs manage.py createsuperuser in the manage service. The password is passed in an environment variable and is not shown anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::SyntaxEngine</name>
    <message>
        <source>%1: not a Berth syntax plugin of this version (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded (searched %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::TestResultModel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JUnit XML report: %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JUnit XML report: no testsuite element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::TestResultsPane</name>
    <message>
        <source>No test run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Failed Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a failed test to see why it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tests: %2 passed, %3 failed, %4 errors, %5 skipped (%6 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running tests…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::TextFile</name>
    <message>
        <source>line %1 has &quot;%2&quot;, which %3 cannot hold: remove it, or save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text cannot be written as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Berth::Validation</name>
    <message>
        <source>Check the spelling of “%1”: Compose accepts only the keys of its specification (and any key that starts with x-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key may appear once in a mapping: keep one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a service “%1”, or remove it from depends_on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 in the project&apos;s .env file, or give it a default: ${%1:-value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the `%1:` line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the file, or correct the env_file entry (relative paths start at the project folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No terminal program was found (tried %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
