# Berth's identity for desktops and packages, and the packages themselves: CPack makes a .deb,
# an .rpm and a .tar.gz of the installed tree from the install rules of every folder
# (`packaging/dev package` configures a release build and runs cpack; tests/packaging checks the
# installed tree). Included from the top-level CMakeLists.txt before the folders, so they see the
# identity below; CPack reads the install rules only when cpack runs.

# The application id (reverse DNS): the name of the desktop entry, the AppStream metainfo and the
# icon, and QGuiApplication's desktop file name (ui/main.cpp). The date is that of the release of
# PROJECT_VERSION, for the metainfo's release and the Debian changelog: set it with the version.
set(BERTH_APP_ID org.berth.Berth)
set(BERTH_RELEASE_DATE 2026-12-05)
# Nobody answers at this address yet (.invalid is reserved); a release names a real one.
set(BERTH_MAINTAINER "The Berth developers <berth@example.invalid>")
# macOS: the bundle's name, Berth.app, and the executable's in it (cmake/BerthMacOSBundle.cmake).
# Windows: the application icon, made in the build and shown by berth.exe and the installer
# (cmake/BerthWindowsInstaller.cmake).
set(BERTH_MACOS_EXECUTABLE Berth)
set(BERTH_WINDOWS_ICON ${CMAKE_BINARY_DIR}/packaging/windows/berth.ico)

if(UNIX)
    # berth_gzip(INPUT OUTPUT): OUTPUT is INPUT compressed as Debian wants documentation and man pages
    # (gzip -9n: no name or time stamp inside, the same bytes every build), written beside it under
    # another name and renamed into place, so an interrupted build leaves no half file.
    find_program(BERTH_GZIP gzip REQUIRED)
    function(berth_gzip input output)
        get_filename_component(name ${input} NAME)
        set(work ${output}.work)
        add_custom_command(OUTPUT ${output}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${work}
            COMMAND ${CMAKE_COMMAND} -E copy ${input} ${work}/${name}
            COMMAND ${BERTH_GZIP} -9nf ${work}/${name}
            COMMAND ${CMAKE_COMMAND} -E rename ${work}/${name}.gz ${output}
            DEPENDS ${input}
            COMMENT "Compressing ${name}"
            VERBATIM)
    endfunction()
endif()

if(UNIX AND NOT APPLE)
    # No RUNPATH in the installed binaries (qt_standard_project_setup would give them
    # $ORIGIN:$ORIGIN/../lib...): Berth installs no shared library of its own, the plugin is found
    # through a folder compiled in, and Debian forbids needless search paths (lintian:
    # custom-library-search-path).
    set(CMAKE_SKIP_INSTALL_RPATH ON)

    # What Debian expects of every package in /usr/share/doc/<package>: the copyright file and a
    # changelog. The changelog's date is the release's, never the build's.
    string(REGEX MATCHALL "[0-9]+" berth_date_parts "${BERTH_RELEASE_DATE}")
    list(GET berth_date_parts 0 berth_year)
    list(GET berth_date_parts 1 berth_month)
    list(GET berth_date_parts 2 berth_day)
    set(berth_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    set(berth_weekdays Sun Mon Tue Wed Thu Fri Sat)
    math(EXPR berth_month_index "${berth_month} - 1")
    list(GET berth_months ${berth_month_index} berth_month_name)
    # The weekday, from the days since 1970-01-01 (a Thursday); Howard Hinnant's days_from_civil.
    set(berth_y ${berth_year})
    if(berth_month LESS_EQUAL 2)
        math(EXPR berth_y "${berth_year} - 1")
    endif()
    math(EXPR berth_era "${berth_y} / 400")
    math(EXPR berth_yoe "${berth_y} - ${berth_era} * 400")
    if(berth_month GREATER 2)
        math(EXPR berth_mp "${berth_month} - 3")
    else()
        math(EXPR berth_mp "${berth_month} + 9")
    endif()
    math(EXPR berth_doe "${berth_yoe} * 365 + ${berth_yoe} / 4 - ${berth_yoe} / 100 + (153 * ${berth_mp} + 2) / 5 + ${berth_day} - 1")
    math(EXPR berth_weekday_index "(${berth_era} * 146097 + ${berth_doe} - 719468 + 4) % 7")
    list(GET berth_weekdays ${berth_weekday_index} berth_weekday)
    set(BERTH_RELEASE_DATE_RFC2822 "${berth_weekday}, ${berth_day} ${berth_month_name} ${berth_year} 00:00:00 +0000")
    set(berth_doc_dir ${CMAKE_BINARY_DIR}/packaging/doc)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/changelog.in ${berth_doc_dir}/changelog.Debian @ONLY)
    berth_gzip(${berth_doc_dir}/changelog.Debian ${berth_doc_dir}/changelog.Debian.gz)
    add_custom_target(berth_package_docs ALL DEPENDS ${berth_doc_dir}/changelog.Debian.gz)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright ${berth_doc_dir}/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/berth)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/berth.lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME berth)
endif()

set(CPACK_PACKAGE_NAME berth)
set(CPACK_PACKAGE_VENDOR "The Berth developers")
set(CPACK_PACKAGE_CONTACT "${BERTH_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Docker setups for Django projects: wizard, editor and services panel")
set(CPACK_PACKAGE_DESCRIPTION
"Berth writes a Docker setup for a Django project through a wizard: a
Dockerfile running uwsgi, a compose file with nginx, PostgreSQL, the app,
a manage service for manage.py commands and a tests service for pytest,
and the nginx, uwsgi, pytest and database settings they need. An editor
checks the files as they are typed, a services panel builds, starts and
stops the stack and follows its logs, and the berth command does the same
without the window.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_FILE_NAME "berth-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
if(APPLE)
    # A disk image holding Berth.app and a link to /Applications to drag it onto.
    set(CPACK_GENERATOR DragNDrop)
elseif(WIN32)
    # An installer with Start-menu entries and an uninstaller (NSIS, below).
    set(CPACK_GENERATOR NSIS)
else()
    set(CPACK_GENERATOR "DEB;RPM;TGZ")
endif()
# Binaries without their symbol tables (lintian: unstripped-binary-or-object).
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# .deb: the file name Debian's tools expect (berth_VERSION-1_amd64.deb), the library
# dependencies read from the binaries by dpkg-shlibdeps, and the docker CLI and compose as
# recommendations: Berth starts without them and says what is missing.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BERTH_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "docker-cli | docker-ce-cli, docker-compose | docker-compose-plugin")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# .rpm: the same files. RPM needs a License tag; the repository has no license yet, so it says so
# in SPDX's form for a license of one's own.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-Berth-not-yet-licensed")
set(CPACK_RPM_PACKAGE_GROUP "Development/Tools")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# Folders the system's own packages own; the package must not claim them.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1 /usr/share/bash-completion /usr/share/bash-completion/completions
    /usr/share/zsh /usr/share/zsh/vendor-completions /usr/share/doc /usr/share/lintian
    /usr/share/lintian/overrides)
foreach(size scalable 16x16 24x24 32x32 48x48 64x64 128x128 256x256)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size} /usr/share/icons/hicolor/${size}/apps)
endforeach()

# .tar.gz: the installed tree under berth-VERSION-Linux-x86_64/.
set(CPACK_ARCHIVE_FILE_NAME "${CPACK_PACKAGE_FILE_NAME}")

if(APPLE)
    # .dmg (macOS): the volume is named after the release; CPack adds the /Applications link.
    set(CPACK_DMG_VOLUME_NAME "Berth ${PROJECT_VERSION}")
elseif(WIN32)
    # NSIS installer (Windows): installs into Program Files\Berth, replaces an installed Berth
    # (uninstalling it first), and puts Berth and an uninstaller in a Start-menu folder. bin is not
    # added to PATH: it holds Qt's DLLs too, which would then be found by other programs.
    set(CPACK_PACKAGE_INSTALL_DIRECTORY Berth)
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Berth)
    set(CPACK_PACKAGE_EXECUTABLES berth Berth)
    set(CPACK_NSIS_DISPLAY_NAME Berth)
    set(CPACK_NSIS_PACKAGE_NAME "Berth ${PROJECT_VERSION}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    # CPackConfig.cmake holds the value as written (no CPACK_VERBATIM_VARIABLES): the backslash is
    # doubled twice to reach NSIS as one.
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\berth.exe")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN berth.exe)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${BERTH_MAINTAINER}")
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    # Forward slashes, which makensis accepts: a native path's backslashes would be read as escapes.
    set(CPACK_NSIS_MUI_ICON "${BERTH_WINDOWS_ICON}")
    set(CPACK_NSIS_MUI_UNIICON "${BERTH_WINDOWS_ICON}")
    # The license page would show the repository's license, and there is none yet
    # (packaging/debian/copyright): nothing to show or agree to, so no page. A release sets
    # CPACK_RESOURCE_FILE_LICENSE to its LICENSE file and removes this line.
    set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
endif()

include(CPack)
