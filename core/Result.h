#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace pd {

// What went wrong, in a form the UI or the command line can show as one line.
// `code` lets callers and tests tell causes apart without parsing the message.
struct Error
{
    enum class Code
    {
        Failed,
        NotFound,
        NotADatabase,
        ForeignDatabase,
        TooNew,
        ReadOnly,
        Locked,
        Busy,
        Constraint,
        Invalid,
        Io,
    };
    Code code = Code::Failed;
    QString message;
};

// An Expected-style value: either a T or an Error. Core code returns these instead
// of showing messages; callers decide what to do with the error.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_value); }
    const T &value() const { return std::get<0>(m_value); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

using Status = Result<void>;

inline Error makeError(Error::Code code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace pd
