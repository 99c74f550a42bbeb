#include "platform/owneronly.h"

#include <QFileDevice>

#include <qt_windows.h>
#include <aclapi.h>

#include <vector>

namespace Berth::Platform {

bool restrictOpenFile(QFileDevice &)
{
    return true; // by path, once the file is in place
}

bool restrictPath(const QString &path, QString *why)
{
    HANDLE token = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token)) {
        if (why)
            *why = QStringLiteral("cannot read the user's identity (error %1)").arg(::GetLastError());
        return false;
    }
    DWORD size = 0;
    ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<char> buffer(size);
    const bool haveUser = size > 0 && ::GetTokenInformation(token, TokenUser, buffer.data(), size, &size);
    ::CloseHandle(token);
    if (!haveUser) {
        if (why)
            *why = QStringLiteral("cannot read the user's identity (error %1)").arg(::GetLastError());
        return false;
    }
    PSID user = reinterpret_cast<TOKEN_USER *>(buffer.data())->User.Sid;
    EXPLICIT_ACCESS_W access = {};
    access.grfAccessPermissions = GENERIC_ALL;
    access.grfAccessMode = SET_ACCESS;
    access.grfInheritance = NO_INHERITANCE;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.TrusteeType = TRUSTEE_IS_USER;
    access.Trustee.ptstrName = reinterpret_cast<LPWSTR>(user);
    PACL acl = nullptr;
    if (::SetEntriesInAclW(1, &access, nullptr, &acl) != ERROR_SUCCESS) {
        if (why)
            *why = QStringLiteral("cannot make an owner-only access list");
        return false;
    }
    std::wstring name = path.toStdWString();
    const DWORD result = ::SetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT,
                                                 DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                                 nullptr, nullptr, acl, nullptr);
    ::LocalFree(acl);
    if (result != ERROR_SUCCESS) {
        if (why)
            *why = QStringLiteral("cannot make %1 private to its owner (error %2)").arg(path).arg(result);
        return false;
    }
    return true;
}

} // namespace Berth::Platform
