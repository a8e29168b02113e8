#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace mpdesk {

/// An error the user can act on: a translated sentence and, where there is one, the field it concerns.
struct Error
{
    QString message;
    QString path; ///< field path in the interchange format, e.g. "people[1].idNumber"; empty if none

    /// The message with the field path in front, as the command line prints it.
    QString text() const { return path.isEmpty() ? message : path + u": " + message; }
};

/// A value or the Error that prevented it.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

struct Done
{ };

/// The result of an operation that yields nothing but may fail.
using Status = Result<Done>;

} // namespace mpdesk
