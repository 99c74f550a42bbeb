# Berth.app for macOS: Info.plist, the icon, the syntax plugin inside the bundle, Qt's frameworks
# and plugins deployed into it at install time, and a .dmg from CPack (cmake/BerthPackaging.cmake
# picks DragNDrop). Included from ui/CMakeLists.txt on APPLE, so that it works on the berth target
# in the folder that made it (POST_BUILD commands and source file properties are per folder).
#
# Configured and written on Linux only: nothing here has been built or run on a Mac yet
# (docs/packaging.md; .github/workflows/desktop.yml is where it would be).

# The bundle is Berth.app (BERTH_MACOS_EXECUTABLE, cmake/BerthPackaging.cmake), as a Mac user
# expects to see it in /Applications; the executable inside, Contents/MacOS/Berth, is the same
# program as Linux's berth, CLI included.
set_target_properties(berth PROPERTIES OUTPUT_NAME ${BERTH_MACOS_EXECUTABLE})

# The bundle says what the build targets, which the macos preset (CMakePresets.json) sets
# through CMAKE_OSX_DEPLOYMENT_TARGET; otherwise macOS 13, the oldest Qt 6.10 and 6.11 support
# (qtbase's QT_SUPPORTED_MIN_MACOS_VERSION).
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(BERTH_MACOS_MINIMUM_SYSTEM ${CMAKE_OSX_DEPLOYMENT_TARGET})
else()
    set(BERTH_MACOS_MINIMUM_SYSTEM 13.0)
endif()

# The icon: the iconset's ten PNGs (each size at 1x and 2x) rendered from the one SVG by
# berth-render-icon, as for Linux's hicolor sizes, then packed by iconutil into Berth.icns. The
# iconset is made in a folder of its own and iconutil writes beside the result, renamed into place
# when complete.
find_program(BERTH_ICONUTIL iconutil REQUIRED)
set(BERTH_MACOS_ICON_FILE Berth.icns)
set(berth_iconset ${CMAKE_CURRENT_BINARY_DIR}/macos/Berth.iconset)
set(berth_icns ${CMAKE_CURRENT_BINARY_DIR}/macos/${BERTH_MACOS_ICON_FILE})
set(berth_icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/${BERTH_APP_ID}.svg)
set(berth_iconset_commands)
foreach(size 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    list(APPEND berth_iconset_commands
        COMMAND berth-render-icon ${berth_icon_svg} ${size} ${berth_iconset}/icon_${size}x${size}.png
        COMMAND berth-render-icon ${berth_icon_svg} ${double} ${berth_iconset}/icon_${size}x${size}@2x.png)
endforeach()
add_custom_command(OUTPUT ${berth_icns}
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${berth_iconset}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${berth_iconset}
    ${berth_iconset_commands}
    COMMAND ${BERTH_ICONUTIL} -c icns -o ${berth_icns}.work ${berth_iconset}
    COMMAND ${CMAKE_COMMAND} -E rename ${berth_icns}.work ${berth_icns}
    DEPENDS berth-render-icon ${berth_icon_svg}
    COMMENT "Making the macOS application icon"
    VERBATIM)
# A bundle source with a package location is copied into the bundle by the build itself.
target_sources(berth PRIVATE ${berth_icns})
set_source_files_properties(${berth_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# Info.plist: configured here with Berth's values (@ONLY) rather than left to CMake's own
# template, which has no NSHighResolutionCapable, minimum system version or usage description.
# CMake configures the result once more when it writes the bundle; no ${} is left in it to fill.
string(SUBSTRING "${BERTH_RELEASE_DATE}" 0 4 berth_release_year)
set(BERTH_COPYRIGHT "Copyright ${berth_release_year} ${CPACK_PACKAGE_VENDOR}")
configure_file(${PROJECT_SOURCE_DIR}/resources/macos/Info.plist.in
    ${CMAKE_CURRENT_BINARY_DIR}/macos/Info.plist @ONLY)
set_target_properties(berth PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/macos/Info.plist)

# The syntax plugin in the build tree's bundle too, where the loader looks
# (BERTH_PLUGIN_INSTALL_RELATIVE_DIR, ../PlugIns/berth from Contents/MacOS), so that the built
# Berth.app highlights without BERTH_PLUGIN_PATH. The tests still use ui/plugins.
add_custom_command(TARGET berth POST_BUILD
    COMMAND ${CMAKE_COMMAND} -E make_directory $<TARGET_BUNDLE_CONTENT_DIR:berth>/PlugIns/berth
    COMMAND ${CMAKE_COMMAND} -E copy_if_different $<TARGET_FILE:berthsyntax>
        $<TARGET_BUNDLE_CONTENT_DIR:berth>/PlugIns/berth/
    VERBATIM)
# Installing the bundle copies that build-tree copy over the plugin ui/syntaxplugin installed
# first (its rules run before berth's); installed again here, after berth's rule, the bundle
# ends with the plugin as installed (its install-time load paths), which macdeployqt then fixes.
install(TARGETS berthsyntax LIBRARY DESTINATION ${BERTH_PLUGIN_INSTALL_DIR})

# Qt's frameworks and plugins (cocoa platform, styles, image formats) into the installed bundle,
# by macdeployqt. qt_generate_deploy_app_script alone would deploy what berth links, and berth
# does not link KF6SyntaxHighlighting: the plugin does, and is loaded at run time. So the deploy
# script names the plugin as an additional binary (macdeployqt -executable=), and its framework
# or dylib and the plugin's load commands are deployed and rewritten with the rest. Paths are
# relative to the install prefix, where the script runs the tool.
qt_generate_deploy_script(
    TARGET berth
    OUTPUT_SCRIPT berth_deploy_script
    CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE ${BERTH_MACOS_EXECUTABLE}.app
    ADDITIONAL_MODULES ${BERTH_PLUGIN_INSTALL_DIR}/$<TARGET_FILE_NAME:berthsyntax>
)
# Apple silicon runs signed code only, and deployment has rewritten load commands: the bundle is
# signed again as a whole, ad hoc (no identity). A release signs with a Developer ID certificate
# and notarizes instead; an ad-hoc signed app downloaded from the web is stopped by Gatekeeper.
execute_process(
    COMMAND codesign --force --deep --sign - ${BERTH_MACOS_EXECUTABLE}.app
    WORKING_DIRECTORY \${QT_DEPLOY_PREFIX}
    COMMAND_ERROR_IS_FATAL ANY
)")
# Runs after the bundle and the plugin are installed: install rules run in the order they were
# given, and ui/CMakeLists.txt includes this file after berth's.
install(SCRIPT ${berth_deploy_script})
