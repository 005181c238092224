// eddy: conversions between C++ strings and JS strings.
#include "engine/convert.h"
#include "fixture.h"

namespace eddy::test {

TEST_F(RuntimeTest, Utf8RoundTrip) {
  const std::string text = "plain ascii, caf\xc3\xa9, \xe2\x82\xac, \xf0\x9f\x98\x80";
  JS::RootedString s(cx_, NewStringUtf8(cx_, text));
  ASSERT_TRUE(s);
  EXPECT_EQ(JS_GetStringLength(s), 24u);  // the emoji is two UTF-16 units
  std::string back;
  ASSERT_TRUE(StringToUtf8(cx_, s, &back));
  EXPECT_EQ(back, text);
}

TEST_F(RuntimeTest, InvalidUtf8BecomesReplacementCharacters) {
  JS::RootedString s(cx_, NewStringUtf8(cx_, std::string("a\xff" "b", 3)));
  ASSERT_TRUE(s);
  std::string back;
  ASSERT_TRUE(StringToUtf8(cx_, s, &back));
  EXPECT_EQ(back, "a\xef\xbf\xbd" "b");
}

TEST_F(RuntimeTest, ToUtf8CoercesLikeToString) {
  JS::RootedValue v(cx_, JS::Int32Value(42));
  std::string out;
  ASSERT_TRUE(ToUtf8(cx_, v, &out));
  EXPECT_EQ(out, "42");
  v.setNull();
  ASSERT_TRUE(ToUtf8(cx_, v, &out));
  EXPECT_EQ(out, "null");
}

TEST_F(RuntimeTest, LoneSurrogatesEncodeAsReplacement) {
  JS::RootedValue v(cx_);
  ASSERT_TRUE(Eval("'x\\ud800y'", &v));
  std::string out;
  ASSERT_TRUE(ToUtf8(cx_, v, &out));
  EXPECT_EQ(out, "x\xef\xbf\xbdy");
}

}  // namespace eddy::test

namespace eddy::test {

TEST_F(RuntimeTest, ThrowTypeErrorLeavesATypeError) {
  EXPECT_FALSE(ThrowTypeError(cx_, "bad thing"));
  ASSERT_TRUE(JS_IsExceptionPending(cx_));
  JS::RootedValue exc(cx_);
  ASSERT_TRUE(JS_GetPendingException(cx_, &exc));
  JS_ClearPendingException(cx_);
  JS::RootedObject global(cx_, rt_->global());
  JS::RootedValue v(cx_, exc);
  ASSERT_TRUE(JS_SetProperty(cx_, global, "caught", v));
  EXPECT_EQ(EvalInt("caught instanceof TypeError && caught.message === 'bad thing' ? 1 : 0"), 1);
}

}  // namespace eddy::test
