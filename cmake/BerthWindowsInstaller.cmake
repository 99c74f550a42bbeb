# berth.exe for Windows: its icon and version information, Qt's DLLs and plugins deployed next to
# it at install time, the other DLLs it needs, and an installer from CPack (NSIS, chosen in
# cmake/BerthPackaging.cmake). Included from ui/CMakeLists.txt on WIN32, after berth's install
# rule, so that it works on the berth target in the folder that made it.
#
# Configured and written on Linux only: nothing here has been built or run on Windows yet
# (docs/packaging.md; .github/workflows/desktop.yml is where it would be).

# The resource compiler, for berth.rc (MSVC's rc.exe, or windres with MinGW).
enable_language(RC)

# The icon: one .ico holding the sizes Explorer and the taskbar pick from (16 to 48 for lists and
# the taskbar, 256 for large icons), rendered from the one SVG by berth-render-icon. The
# installer shows it too (CPACK_NSIS_MUI_ICON): BERTH_WINDOWS_ICON is where both find it.
set(berth_icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/${BERTH_APP_ID}.svg)
get_filename_component(berth_windows_icon_dir ${BERTH_WINDOWS_ICON} DIRECTORY)
add_custom_command(OUTPUT ${BERTH_WINDOWS_ICON}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${berth_windows_icon_dir}
    COMMAND berth-render-icon ${berth_icon_svg} 16,20,24,32,40,48,64,256 ${BERTH_WINDOWS_ICON}
    DEPENDS berth-render-icon ${berth_icon_svg}
    COMMENT "Making the Windows application icon"
    VERBATIM)

# berth.rc: the icon and the version information. The .rc names the generated .ico, which the
# resource compiler's dependency scan cannot know is generated: OBJECT_DEPENDS makes the icon
# first.
string(SUBSTRING "${BERTH_RELEASE_DATE}" 0 4 berth_release_year)
set(BERTH_COPYRIGHT "Copyright ${berth_release_year} ${CPACK_PACKAGE_VENDOR}")
configure_file(${PROJECT_SOURCE_DIR}/resources/windows/berth.rc.in
    ${CMAKE_CURRENT_BINARY_DIR}/windows/berth.rc @ONLY)
target_sources(berth PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/windows/berth.rc)
set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/windows/berth.rc PROPERTIES
    OBJECT_DEPENDS ${BERTH_WINDOWS_ICON})

# The DLLs berth.exe and the plugin need that are not Qt's (KF6SyntaxHighlighting, yaml-cpp, and
# what Qt itself links: pcre2, zlib, double-conversion...): windeployqt copies Qt's own DLLs only.
# CMake reads the binaries' imports at install time and copies what it finds beside Qt's DLLs or
# the libraries' own. Windows' own DLLs stay out: the API sets, and anything under the Windows
# folder, where CMake finds the system's DLLs and an installed Visual C++ runtime. Both targets
# are named again because only an install(TARGETS) rule can put them in a dependency set; their
# destinations are those of their first rules, so the same files are installed.
install(TARGETS berth berthsyntax
    RUNTIME_DEPENDENCY_SET berth_windows_dlls
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    LIBRARY DESTINATION ${BERTH_PLUGIN_INSTALL_DIR})
install(RUNTIME_DEPENDENCY_SET berth_windows_dlls
    DESTINATION ${CMAKE_INSTALL_BINDIR}
    DIRECTORIES
        $<TARGET_FILE_DIR:Qt6::Core>
        $<TARGET_FILE_DIR:KF6::SyntaxHighlighting>
        $<TARGET_FILE_DIR:yaml-cpp::yaml-cpp>
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES "^[A-Za-z]:[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]")

# The MSVC runtime DLLs beside berth.exe, from the compiler's redistributable folder, so that
# Berth runs where the Visual C++ runtime was never installed. (windeployqt would instead add the
# redistributable's installer, which nothing runs: it is told to leave the runtime alone.)
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# Qt's DLLs and plugins (the windows platform, styles, image formats) by windeployqt, with a
# qt.conf beside berth.exe saying where the plugins are. The plugin is named as an additional
# binary so that windeployqt also deploys the Qt modules it alone uses
# (qt_generate_deploy_app_script would look at berth.exe only). Paths are relative to the
# install prefix, where the script runs the tool.
qt_generate_deploy_script(
    TARGET berth
    OUTPUT_SCRIPT berth_deploy_script
    CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE ${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:berth>
    ADDITIONAL_MODULES ${BERTH_PLUGIN_INSTALL_DIR}/$<TARGET_FILE_NAME:berthsyntax>
    GENERATE_QT_CONF
    NO_COMPILER_RUNTIME
)")
install(SCRIPT ${berth_deploy_script})
