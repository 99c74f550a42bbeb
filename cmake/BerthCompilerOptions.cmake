# Warnings and Qt hygiene for every Berth target: link berth_options PRIVATE.
add_library(berth_options INTERFACE)

if(MSVC)
    target_compile_options(berth_options INTERFACE /W4 /permissive- /utf-8)
    if(BERTH_WERROR)
        target_compile_options(berth_options INTERFACE /WX)
    endif()
else()
    target_compile_options(berth_options INTERFACE -Wall -Wextra -Wpedantic)
    if(BERTH_WERROR)
        target_compile_options(berth_options INTERFACE -Werror)
    endif()
endif()

target_compile_definitions(berth_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS)
