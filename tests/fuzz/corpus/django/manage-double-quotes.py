import os
os.environ.setdefault(
    "DJANGO_SETTINGS_MODULE" , "config.settings.dev" )
# WSGI_APPLICATION = "commented.wsgi.application"
