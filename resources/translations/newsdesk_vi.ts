<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About Newsdesk</source>
        <translation>Giới thiệu Newsdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsdesk {version}&lt;/h3&gt;&lt;p&gt;Write articles offline, see them as the portal shows them, and send them to the site for review and publication.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsdesk {version}&lt;/h3&gt;&lt;p&gt;Viết bài cả khi không có mạng, xem trước bài đúng như trên cổng thông tin, rồi gửi lên trang để duyệt và xuất bản.&lt;/p&gt;&lt;p&gt;Giấy phép: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ArticleCommands</name>
    <message>
        <source>Delete article</source>
        <translation>Xóa bài viết</translation>
    </message>
    <message>
        <source>Delete “{title}” from this computer? Copies already sent to a site stay there.</source>
        <translation>Xóa bài “{title}” khỏi máy này? Các bản đã gửi lên trang vẫn còn trên trang.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tít)</translation>
    </message>
    <message>
        <source>Queued again; it goes out when you work online again.</source>
        <translation>Đã đưa lại vào hàng chờ; bài sẽ được gửi khi bạn làm việc trực tuyến trở lại.</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <source>Search title, sapo and text</source>
        <translation>Tìm trong tít, sa-pô và nội dung</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tất cả bài viết</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tít</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tít)</translation>
    </message>
    <message>
        <source>{title}
Last change: {when}</source>
        <translation>{title}
Sửa lần cuối: {when}</translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
    </message>
</context>
<context>
    <name>BylineRow</name>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>What this person did: Bài (text), Ảnh (photos)…</source>
        <translation>Người này làm gì: Bài, Ảnh, Bài và ảnh…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Remove this byline</source>
        <translation>Bỏ tác giả này</translation>
    </message>
</context>
<context>
    <name>BylinesEditor</name>
    <message>
        <source>&amp;Add byline</source>
        <translation>&amp;Thêm tác giả</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Checklist before approval</source>
        <translation>Điều kiện trước khi duyệt</translation>
    </message>
    <message>
        <source>Approving, scheduling and publishing are blocked until these are met</source>
        <translation>Chưa đủ các điều kiện này thì chưa duyệt, hẹn giờ hay xuất bản được</translation>
    </message>
    <message>
        <source>A category is chosen</source>
        <translation>Đã chọn chuyên mục</translation>
    </message>
    <message>
        <source>A featured photo is set</source>
        <translation>Có ảnh đại diện</translation>
    </message>
    <message>
        <source>The featured photo has a caption and a credit</source>
        <translation>Ảnh đại diện có chú thích và tác giả ảnh</translation>
    </message>
    <message>
        <source>A sapo is written</source>
        <translation>Có sa-pô</translation>
    </message>
    <message>
        <source>Sapo at most:</source>
        <translation>Sa-pô tối đa:</translation>
    </message>
    <message>
        <source>Bylines at least:</source>
        <translation>Số tác giả tối thiểu:</translation>
    </message>
    <message>
        <source>Title at most:</source>
        <translation>Tít tối đa:</translation>
    </message>
    <message>
        <source> words</source>
        <translation> chữ</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
</context>
<context>
    <name>ChecklistMessage</name>
    <message>
        <source>Not ready for approval</source>
        <translation>Chưa đủ điều kiện duyệt</translation>
    </message>
    <message>
        <source>“{title}” cannot be approved yet. The site&apos;s checklist asks for:</source>
        <translation>Bài “{title}” chưa duyệt được. Theo điều kiện của trang, bài cần:</translation>
    </message>
    <message>
        <source>Fix these points (or return the article to the reporter), then try again.</source>
        <translation>Hãy sửa những điểm này (hoặc trả bài cho phóng viên), rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>ClashView</name>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Bản của bạn</translation>
    </message>
    <message>
        <source>The site&apos;s version</source>
        <translation>Bản trên trang</translation>
    </message>
    <message>
        <source>The version before both changes</source>
        <translation>Bản gốc, trước khi hai bên sửa</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Giữ bản của bạn</translation>
    </message>
    <message>
        <source>Take the site&apos;s</source>
        <translation>Lấy bản trên trang</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Giữ cả hai</translation>
    </message>
    <message>
        <source>Yours first, then the site&apos;s</source>
        <translation>Bản của bạn trước, rồi đến bản trên trang</translation>
    </message>
    <message>
        <source>Only text can keep both versions</source>
        <translation>Chỉ phần chữ mới giữ được cả hai bản</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions: {title}</source>
        <translation>So sánh các phiên bản: {title}</translation>
    </message>
    <message>
        <source>Words only in the older version are marked red on the left; words only in the newer one green on the right.</source>
        <translation>Những chữ chỉ có ở bản cũ được tô đỏ bên trái; những chữ chỉ có ở bản mới được tô xanh bên phải.</translation>
    </message>
    <message>
        <source>&amp;Older version:</source>
        <translation>Bản &amp;cũ:</translation>
    </message>
    <message>
        <source>&amp;Newer version:</source>
        <translation>Bản &amp;mới:</translation>
    </message>
    <message>
        <source>Version {n}, {time}, {status}</source>
        <translation>Phiên bản {n}, {time}, {status}</translation>
    </message>
    <message>
        <source> (as submitted)</source>
        <translation> (bản đã gửi duyệt)</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (bản hiện tại)</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>This article was also changed on the site, in the same places as here. Nothing is lost: choose which version to keep where they differ.</source>
        <translation>Bài này cũng đã được sửa trên trang, đúng những chỗ bạn sửa ở đây. Không có gì bị mất: hãy chọn giữ bản nào ở những chỗ khác nhau.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <source>Take the site&apos;s</source>
        <translation>Lấy bản trên trang</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Giữ cả hai</translation>
    </message>
    <message>
        <source>Where they differ, both versions stay, one after the other</source>
        <translation>Ở những chỗ khác nhau, giữ cả hai bản, bản này nối tiếp bản kia</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>So sánh…</translation>
    </message>
    <message>
        <source>See both versions side by side and choose place by place</source>
        <translation>Xem hai bản cạnh nhau và chọn từng chỗ</translation>
    </message>
</context>
<context>
    <name>ConflictCommands</name>
    <message>
        <source>Your choice is saved; it goes to the site when you work online again.</source>
        <translation>Lựa chọn của bạn đã được lưu; bài sẽ được gửi lên trang khi bạn làm việc trực tuyến trở lại.</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Paste as plain &amp;text</source>
        <translation>&amp;Dán dạng văn bản thuần</translation>
    </message>
    <message>
        <source>Paste the copied text without its bold, italic, lists or links</source>
        <translation>Dán văn bản đã sao chép, bỏ chữ đậm, nghiêng, danh sách và liên kết</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <source>Find words in the title, sapo and body</source>
        <translation>Tìm chữ trong tiêu đề, sa-pô và nội dung</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Tìm và th&amp;ay…</translation>
    </message>
    <message>
        <source>Find words in the title, sapo and body and replace them</source>
        <translation>Tìm chữ trong tiêu đề, sa-pô và nội dung rồi thay bằng chữ khác</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>&amp;Bảng</translation>
    </message>
    <message>
        <source>&amp;Insert a table…</source>
        <translation>&amp;Chèn bảng…</translation>
    </message>
    <message>
        <source>Insert a table (rows, columns, header row) at the cursor</source>
        <translation>Chèn bảng (số dòng, số cột, dòng tiêu đề) vào chỗ con trỏ</translation>
    </message>
    <message>
        <source>Add a &amp;row below</source>
        <translation>Thêm &amp;dòng bên dưới</translation>
    </message>
    <message>
        <source>Remove this r&amp;ow</source>
        <translation>&amp;Xóa dòng này</translation>
    </message>
    <message>
        <source>Add a &amp;column to the right</source>
        <translation>Thêm cột bên &amp;phải</translation>
    </message>
    <message>
        <source>Remove this co&amp;lumn</source>
        <translation>Xóa cộ&amp;t này</translation>
    </message>
    <message>
        <source>&amp;Tidy this table</source>
        <translation>Căn thẳn&amp;g cột bảng này</translation>
    </message>
    <message>
        <source>Line up the columns of the table under the cursor</source>
        <translation>Căn thẳng các cột của bảng tại con trỏ</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>bold text</source>
        <translation>chữ đậm</translation>
    </message>
    <message>
        <source>italic text</source>
        <translation>chữ nghiêng</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tít</translation>
    </message>
    <message>
        <source>&amp;Sapo (lead paragraph)</source>
        <translation>Sa-&amp;pô (đoạn mở đầu)</translation>
    </message>
    <message>
        <source>Sapo: two or three sentences that sum it up</source>
        <translation>Sa-pô: hai, ba câu tóm tắt bài viết</translation>
    </message>
    <message>
        <source>Write the article here. Select words and use the buttons above (or Ctrl+B, Ctrl+I, Ctrl+K) for bold, italic and links; Help lists every key.</source>
        <translation>Viết nội dung bài tại đây. Chọn chữ rồi dùng các nút phía trên (hoặc Ctrl+B, Ctrl+I, Ctrl+K) để in đậm, in nghiêng và gắn liên kết; menu Trợ giúp liệt kê mọi phím tắt.</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>The text you pasted is too long: {length} characters, and at most {limit} can be pasted at once.</source>
        <translation>Đoạn văn bản bạn dán quá dài: {length} ký tự, trong khi mỗi lần chỉ dán được tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <source>Nothing was changed and the text is still on the clipboard: paste it in smaller parts, or shorten it first.</source>
        <translation>Bài viết chưa bị thay đổi gì và đoạn văn bản vẫn còn trong bộ nhớ tạm: hãy dán thành nhiều phần nhỏ hơn, hoặc rút gọn trước khi dán.</translation>
    </message>
    <message>
        <source>Words: title {title}, sapo {sapo}, body {body}</source>
        <translation>Số chữ: tít {title}, sa-pô {sapo}, nội dung {body}</translation>
    </message>
    <message>
        <source>A news title is usually at most {title} words and a sapo at most {sapo}; longer ones are shown in red.</source>
        <translation>Tít tin thường không quá {title} chữ, sa-pô không quá {sapo} chữ; dài hơn thì con số hiện màu đỏ.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Address the selected words link to:</source>
        <translation>Địa chỉ liên kết cho những chữ đã chọn:</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>chữ liên kết</translation>
    </message>
</context>
<context>
    <name>EditorialWatch</name>
    <message>
        <source>After the sync</source>
        <translation>Sau khi đồng bộ</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tít)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>“{title}” was approved.</source>
        <translation>Bài “{title}” đã được duyệt.</translation>
    </message>
    <message>
        <source>“{title}” will be published at {time} (Vietnam time).</source>
        <translation>Bài “{title}” sẽ được đăng lúc {time} (giờ Việt Nam).</translation>
    </message>
    <message>
        <source>“{title}” is scheduled; the site has not said when.</source>
        <translation>Bài “{title}” đã được hẹn giờ đăng; trang web chưa cho biết giờ đăng.</translation>
    </message>
    <message>
        <source>“{title}” was returned: {note}</source>
        <translation>Bài “{title}” bị trả lại: {note}</translation>
    </message>
    <message>
        <source>“{title}” was returned to you.</source>
        <translation>Bài “{title}” đã bị trả lại cho bạn.</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Đã hẹn giờ đăng</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã xuất bản</translation>
    </message>
    <message>
        <source>“{title}” is on the site now.</source>
        <translation>Bài “{title}” đã lên trang.</translation>
    </message>
    <message>
        <source>“{title}” was returned to the reporter: {note}</source>
        <translation>Bài “{title}” đã được trả lại cho phóng viên: {note}</translation>
    </message>
    <message>
        <source>“{title}” was returned to the reporter.</source>
        <translation>Bài “{title}” đã được trả lại cho phóng viên.</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Bài chờ duyệt</translation>
    </message>
    <message>
        <source>{n} articles wait for review on “{site}”.</source>
        <translation>Có {n} bài chờ duyệt trên “{site}”.</translation>
    </message>
    <message>
        <source>New submission</source>
        <translation>Bài mới gửi duyệt</translation>
    </message>
    <message>
        <source>“{title}” by {who}, on “{site}”.</source>
        <translation>Bài “{title}” của {who}, trên “{site}”.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The site cannot be reached now. Your work is kept.</source>
        <translation>Hiện không kết nối được với trang. Bài của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>The site did not accept your user name or password.</source>
        <translation>Trang không chấp nhận tên đăng nhập hoặc mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>Your role on the site does not allow this.</source>
        <translation>Vai trò của bạn trên trang không được làm việc này.</translation>
    </message>
    <message>
        <source>Someone on the site changed the same part of this article.</source>
        <translation>Có người trên trang đã sửa cùng một phần của bài này.</translation>
    </message>
    <message>
        <source>Someone on the site changed this article too.</source>
        <translation>Có người trên trang cũng đã sửa bài này.</translation>
    </message>
    <message>
        <source>Newsdesk cannot publish to this address.</source>
        <translation>Newsdesk không đăng bài lên được địa chỉ này.</translation>
    </message>
    <message>
        <source>The site had a problem. Newsdesk will try again.</source>
        <translation>Trang đang gặp sự cố. Newsdesk sẽ thử lại.</translation>
    </message>
    <message>
        <source>The site asked Newsdesk to slow down.</source>
        <translation>Trang đề nghị Newsdesk gửi chậm lại.</translation>
    </message>
    <message>
        <source>The site refused the article as it is.</source>
        <translation>Trang không nhận bài ở dạng hiện tại.</translation>
    </message>
    <message>
        <source>The article is not ready for this.</source>
        <translation>Bài chưa sẵn sàng cho việc này.</translation>
    </message>
    <message>
        <source>That is no longer there.</source>
        <translation>Mục này không còn nữa.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Đã có lỗi xảy ra.</translation>
    </message>
    <message>
        <source>Something went wrong inside Newsdesk ({error}).</source>
        <translation>Newsdesk gặp lỗi bên trong ({error}).</translation>
    </message>
    <message>
        <source>Your work is saved. Try again; if it happens again, report this message.</source>
        <translation>Bài của bạn đã được lưu. Hãy thử lại; nếu lỗi còn lặp lại, hãy báo kèm thông báo này.</translation>
    </message>
    <message>
        <source>Your work is saved. Try again; if it happens again, report this message and send the log file: {path}</source>
        <translation>Bài của bạn đã được lưu. Hãy thử lại; nếu lỗi còn lặp lại, hãy báo kèm thông báo này và gửi tệp nhật ký: {path}</translation>
    </message>
    <message>
        <source>Newsdesk: a problem</source>
        <translation>Newsdesk: có sự cố</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation>Thay &amp;bằng:</translation>
    </message>
    <message>
        <source>Words in the title, sapo and body</source>
        <translation>Chữ trong tiêu đề, sa-pô và nội dung</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Phân biệt &amp;hoa thường</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Nguyên từ</translation>
    </message>
    <message>
        <source>Ignore acce&amp;nts</source>
        <translation>Bỏ qua &amp;dấu</translation>
    </message>
    <message>
        <source>“Quang Tri” also finds “Quảng Trị”</source>
        <translation>Gõ “Quang Tri” cũng tìm thấy “Quảng Trị”</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Chỗ trước (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Chỗ tiếp theo (Enter)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Th&amp;ay</translation>
    </message>
    <message>
        <source>Replace a&amp;ll</source>
        <translation>Thay tất &amp;cả</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n}/{total}</translation>
    </message>
    <message>
        <source>{total} found</source>
        <translation>Tìm thấy {total} chỗ</translation>
    </message>
    <message>
        <source>{n} replaced</source>
        <translation>Đã thay {n} chỗ</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>&amp;Focus mode</source>
        <translation>Chế độ &amp;tập trung</translation>
    </message>
    <message>
        <source>Only the article&apos;s text, centred; Esc leaves</source>
        <translation>Chỉ hiện nội dung bài, ở giữa màn hình; bấm Esc để thoát</translation>
    </message>
    <message>
        <source>Leave focus mode</source>
        <translation>Thoát chế độ tập trung</translation>
    </message>
    <message>
        <source>Focus mode: Esc or F11 leaves it</source>
        <translation>Chế độ tập trung: bấm Esc hoặc F11 để thoát</translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <source>B</source>
        <comment>toolbar face for bold</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Chữ đậm</translation>
    </message>
    <message>
        <source>I</source>
        <comment>toolbar face for italic</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Chữ nghiêng</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Trung đề</translation>
    </message>
    <message>
        <source>Make the line a subheading</source>
        <translation>Biến dòng này thành trung đề</translation>
    </message>
    <message>
        <source>1. List</source>
        <comment>toolbar face for a numbered list</comment>
        <translation>1. Danh sách</translation>
    </message>
    <message>
        <source>Make the lines a numbered list</source>
        <translation>Biến các dòng thành danh sách đánh số</translation>
    </message>
    <message>
        <source>• List</source>
        <comment>toolbar face for a bulleted list</comment>
        <translation>• Danh sách</translation>
    </message>
    <message>
        <source>Make the lines a bulleted list</source>
        <translation>Biến các dòng thành danh sách gạch đầu dòng</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <source>Make the lines a quotation</source>
        <translation>Biến các dòng thành đoạn trích dẫn</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Link the selected words</source>
        <translation>Gắn liên kết cho những chữ đã chọn</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Insert a picture into the text</source>
        <translation>Chèn ảnh vào nội dung</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: {title}</source>
        <translation>Lịch sử: {title}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Not verified: {where} It may have been tampered with; tell the site administrator.</source>
        <translation>Chưa xác thực được: {where} Có thể nhật ký đã bị sửa; hãy báo cho người quản trị trang.</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this article yet.</source>
        <translation>Bài này chưa có gì được ghi lại.</translation>
    </message>
    <message>
        <source>The record holds together: each of its {n} entries is sealed to the one before.</source>
        <translation>Nhật ký nguyên vẹn: cả {n} mục đều gắn liền với mục trước nó.</translation>
    </message>
    <message>
        <source>Export the record as CSV</source>
        <translation>Xuất nhật ký ra tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the record as PDF</source>
        <translation>Xuất nhật ký ra tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <source>“{path}” could not be written ({error}). Choose another folder.</source>
        <translation>Không ghi được “{path}” ({error}). Hãy chọn thư mục khác.</translation>
    </message>
</context>
<context>
    <name>ImageChooser</name>
    <message>
        <source>Featured image</source>
        <translation>Ảnh đại diện</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Chọn ảnh…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Bỏ ả&amp;nh</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Chú thích:</translation>
    </message>
    <message>
        <source>Photo credit:</source>
        <translation>Tác giả ảnh:</translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation>Mô tả thay thế:</translation>
    </message>
    <message>
        <source>What the picture shows</source>
        <translation>Nội dung bức ảnh</translation>
    </message>
    <message>
        <source>e.g. Thủy Phương</source>
        <translation>ví dụ: Thủy Phương</translation>
    </message>
    <message>
        <source>For readers who cannot see the picture</source>
        <translation>Dành cho người đọc không xem được ảnh</translation>
    </message>
    <message>
        <source>“{name}” cannot be the featured image: {problem}. Choose a JPEG, PNG, GIF or WebP photo.</source>
        <translation>Không thể dùng “{name}” làm ảnh đại diện: {problem}. Hãy chọn một ảnh JPEG, PNG, GIF hoặc WebP.</translation>
    </message>
    <message>
        <source>Choose the featured image</source>
        <translation>Chọn ảnh đại diện</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.gif *.webp);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>No picture chosen.</source>
        <translation>Chưa chọn ảnh.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Chưa có ảnh</translation>
    </message>
    <message>
        <source>Missing file</source>
        <translation>Không thấy tệp</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New article</source>
        <translation>Bài viết &amp;mới</translation>
    </message>
    <message>
        <source>Start a new article</source>
        <translation>Bắt đầu một bài viết mới</translation>
    </message>
    <message>
        <source>&amp;Delete article</source>
        <translation>&amp;Xóa bài viết</translation>
    </message>
    <message>
        <source>Delete the article</source>
        <translation>Xóa bài viết này</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>&amp;Gửi duyệt</translation>
    </message>
    <message>
        <source>Send the article to the site for an editor to review</source>
        <translation>Gửi bài lên trang để biên tập viên duyệt</translation>
    </message>
    <message>
        <source>&amp;Return to reporter…</source>
        <translation>T&amp;rả bài cho phóng viên…</translation>
    </message>
    <message>
        <source>Send the article back to the reporter with a note saying what to change</source>
        <translation>Trả bài cho phóng viên kèm ghi chú cần sửa gì</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <source>Approve the article (the site&apos;s checklist must pass)</source>
        <translation>Duyệt bài (bài phải đủ các điều kiện của trang)</translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>&amp;Hẹn giờ đăng…</translation>
    </message>
    <message>
        <source>Publish the article at a chosen time (Vietnam time)</source>
        <translation>Đăng bài vào thời điểm đã chọn (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation>Xuất &amp;bản ngay</translation>
    </message>
    <message>
        <source>Publish the article on the site now</source>
        <translation>Đăng bài lên trang ngay bây giờ</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>&amp;Ngừng đăng</translation>
    </message>
    <message>
        <source>Take the published article off the site</source>
        <translation>Gỡ bài đã đăng khỏi trang</translation>
    </message>
    <message>
        <source>Publish the corrected article; the earlier version is kept</source>
        <translation>Đăng bài đã đính chính; bản trước vẫn được lưu</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>&amp;So sánh các phiên bản…</translation>
    </message>
    <message>
        <source>Two versions of the article side by side, the changed words marked</source>
        <translation>Hai phiên bản của bài đặt cạnh nhau, những chữ thay đổi được tô màu</translation>
    </message>
    <message>
        <source>Publish c&amp;orrection…</source>
        <translation>Đăng bản đính &amp;chính…</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <source>Who moved the article when, and why; export for the records</source>
        <translation>Ai chuyển bài, lúc nào, vì sao; xuất ra để lưu hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Đồng bộ &amp;ngay</translation>
    </message>
    <message>
        <source>Send waiting articles and fetch changes from the sites</source>
        <translation>Gửi các bài đang chờ và lấy về những thay đổi từ các trang</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Làm việc ng&amp;oại tuyến</translation>
    </message>
    <message>
        <source>Keep everything on this computer until you turn this off</source>
        <translation>Giữ mọi thứ trên máy này cho tới khi bạn tắt chế độ này</translation>
    </message>
    <message>
        <source>S&amp;ites…</source>
        <translation>Các &amp;trang…</translation>
    </message>
    <message>
        <source>Add, test and remove sites</source>
        <translation>Thêm, kiểm tra và gỡ bỏ các trang</translation>
    </message>
    <message>
        <source>&amp;Review queue…</source>
        <translation>Bài chờ &amp;duyệt…</translation>
    </message>
    <message>
        <source>Articles reporters have submitted for review</source>
        <translation>Các bài phóng viên đã gửi, đang chờ duyệt</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Sự cố</translation>
    </message>
    <message>
        <source>Sync problems and conflicts, with what to do about each</source>
        <translation>Các sự cố đồng bộ và chỗ vênh với trang, kèm cách xử lý từng việc</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>Notes on the article&apos;s paragraphs, for everyone working on it</source>
        <translation>Ghi chú trên từng đoạn của bài, cho mọi người cùng làm bài này</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>Language and sync settings</source>
        <translation>Ngôn ngữ và cài đặt đồng bộ</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>The keys for formatting, lists and the window&apos;s commands</source>
        <translation>Các phím để định dạng chữ, làm danh sách và dùng các lệnh của cửa sổ</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;Giới thiệu Newsdesk</translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation>Giới thiệu Newsdesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Close Newsdesk</source>
        <translation>Đóng Newsdesk</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Bài viết</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Trang</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Côn&amp;g cụ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Details and bylines</source>
        <translation>Thông tin và tác giả</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Dàn ý</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Đã lưu lúc {time}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Nothing is sent or fetched until you turn off Work offline</source>
        <translation>Không gửi, không nhận gì cho đến khi bạn tắt Làm việc ngoại tuyến</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
</context>
<context>
    <name>MarkdownPaster</name>
    <message>
        <source>Some pictures in the pasted text could not be kept: {names}</source>
        <translation>Không giữ được một số ảnh trong đoạn văn bản vừa dán: {names}</translation>
    </message>
    <message>
        <source>The text was pasted without them. Save the pictures as files and insert them with Image in the toolbar.</source>
        <translation>Văn bản đã được dán nhưng không có các ảnh này. Hãy lưu ảnh thành tệp rồi chèn bằng nút Ảnh trên thanh công cụ.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Body, paragraph {n}</source>
        <translation>Nội dung, đoạn {n}</translation>
    </message>
    <message>
        <source>Body, paragraphs {first}–{last}</source>
        <translation>Nội dung, đoạn {first}–{last}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tít)</translation>
    </message>
    <message>
        <source>Compare versions: {title}</source>
        <translation>So sánh hai bản: {title}</translation>
    </message>
    <message>
        <source>“{title}” was changed here and on “{site}” in the same places. For each place, choose the version to keep; the words that differ are highlighted. Changes made on only one side are already in the result.</source>
        <translation>Bài “{title}” được sửa cả ở đây và trên “{site}”, tại cùng những chỗ. Với mỗi chỗ, hãy chọn bản muốn giữ; các từ khác nhau được tô màu. Những thay đổi chỉ có ở một bên đã có sẵn trong kết quả.</translation>
    </message>
    <message>
        <source>The versions no longer clash: the changes made here and on “{site}” fit together. Apply keeps both and sends the result.</source>
        <translation>Hai bản không còn vênh nhau: các thay đổi ở đây và trên “{site}” khớp với nhau. Nhấn “Áp dụng và gửi” để giữ cả hai và gửi kết quả.</translation>
    </message>
    <message>
        <source>The article after your choices</source>
        <translation>Bài viết sau khi chọn</translation>
    </message>
    <message>
        <source>&amp;Apply and send</source>
        <translation>Áp &amp;dụng và gửi</translation>
    </message>
    <message>
        <source>Keep the chosen versions and send the article to the site</source>
        <translation>Giữ các bản đã chọn và gửi bài lên trang</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>does not follow the entry before it</source>
        <translation>không nối tiếp mục trước nó</translation>
    </message>
    <message>
        <source>was changed after it was recorded</source>
        <translation>đã bị sửa sau khi được ghi</translation>
    </message>
    <message>
        <source>The article is not ready for approval: {missing}</source>
        <translation>Bài viết chưa đủ điều kiện duyệt: {missing}</translation>
    </message>
    <message>
        <source>Fix these points (or ask the reporter to), then approve again.</source>
        <translation>Hãy sửa những điểm này (hoặc đề nghị phóng viên sửa), rồi duyệt lại.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Chọn chuyên mục.</translation>
    </message>
    <message>
        <source>Add a featured photo.</source>
        <translation>Thêm ảnh đại diện.</translation>
    </message>
    <message>
        <source>Write a sapo (the lead).</source>
        <translation>Viết sa-pô (đoạn mở đầu).</translation>
    </message>
    <message>
        <source>Shorten the sapo to {limit} words (now {now}).</source>
        <translation>Rút sa-pô xuống còn {limit} chữ (hiện có {now}).</translation>
    </message>
    <message>
        <source>Add a byline.</source>
        <translation>Thêm tên tác giả.</translation>
    </message>
    <message>
        <source>Shorten the title to {limit} words (now {now}).</source>
        <translation>Rút tít xuống còn {limit} chữ (hiện có {now}).</translation>
    </message>
    <message>
        <source>Write a caption for the featured photo.</source>
        <translation>Viết chú thích cho ảnh đại diện.</translation>
    </message>
    <message>
        <source>Credit the featured photo (who took it).</source>
        <translation>Ghi tác giả ảnh đại diện (người chụp).</translation>
    </message>
    <message>
        <source>Choose the photo again.</source>
        <translation>Hãy chọn lại ảnh.</translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG and choose it again.</source>
        <translation>Hãy lưu ảnh sang JPEG hoặc PNG rồi chọn lại.</translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG, GIF or WebP photo.</source>
        <translation>Hãy chọn một ảnh JPEG, PNG, GIF hoặc WebP.</translation>
    </message>
    <message>
        <source>the picture has more than {limit} million pixels</source>
        <translation>ảnh có hơn {limit} triệu điểm ảnh</translation>
    </message>
    <message>
        <source>Save a smaller copy of the photo and choose that.</source>
        <translation>Hãy lưu một bản ảnh nhỏ hơn rồi chọn bản đó.</translation>
    </message>
    <message>
        <source>its content is not a picture, or the file is damaged</source>
        <translation>nội dung tệp không phải là ảnh, hoặc tệp đã hỏng</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a photo: {reason}.</source>
        <translation>Không thể dùng “{name}” làm ảnh: {reason}.</translation>
    </message>
    <message>
        <source>it is a folder or a device, not a file</source>
        <translation>đó là thư mục hoặc thiết bị, không phải tệp</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB</source>
        <translation>tệp lớn hơn {limit} MB</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <source>it is a {format} picture, which web pages cannot show</source>
        <translation>đó là ảnh {format}, trang web không hiển thị được</translation>
    </message>
    <message>
        <source>The note is {count} characters long; a note may have at most {limit}.</source>
        <translation>Ghi chú dài {count} ký tự; mỗi ghi chú tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <source>Shorten it, or split it into two notes.</source>
        <translation>Hãy rút gọn, hoặc tách thành hai ghi chú.</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>gửi duyệt bài</translation>
    </message>
    <message>
        <source>return to the reporter</source>
        <translation>trả bài cho phóng viên</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>duyệt bài</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>hẹn giờ đăng bài</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>xuất bản bài</translation>
    </message>
    <message>
        <source>unpublish</source>
        <translation>gỡ bài đã đăng</translation>
    </message>
    <message>
        <source>publish a correction of</source>
        <translation>đăng bản đính chính của bài</translation>
    </message>
    <message>
        <source>the submission</source>
        <translation>gửi duyệt</translation>
    </message>
    <message>
        <source>returning it to the reporter</source>
        <translation>trả bài cho phóng viên</translation>
    </message>
    <message>
        <source>the approval</source>
        <translation>duyệt bài</translation>
    </message>
    <message>
        <source>scheduling it</source>
        <translation>hẹn giờ đăng</translation>
    </message>
    <message>
        <source>publishing it</source>
        <translation>xuất bản</translation>
    </message>
    <message>
        <source>unpublishing it</source>
        <translation>gỡ bài</translation>
    </message>
    <message>
        <source>the correction</source>
        <translation>đăng bản đính chính</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>chờ duyệt</translation>
    </message>
    <message>
        <source>returned for changes</source>
        <translation>cần sửa</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>đã hẹn giờ đăng</translation>
    </message>
    <message>
        <source>published</source>
        <translation>đã xuất bản</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>đã đính chính</translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation>đã gỡ</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>phóng viên</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>biên tập viên</translation>
    </message>
    <message>
        <source>none</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>An article that is {state} cannot be submitted.</source>
        <translation>Không thể gửi duyệt bài viết đang ở trạng thái “{state}”.</translation>
    </message>
    <message>
        <source>An article that is {state} cannot be returned.</source>
        <translation>Không thể trả bài viết đang ở trạng thái “{state}”.</translation>
    </message>
    <message>
        <source>An article that is {state} cannot be approved.</source>
        <translation>Không thể duyệt bài viết đang ở trạng thái “{state}”.</translation>
    </message>
    <message>
        <source>An article that is {state} cannot be scheduled.</source>
        <translation>Không thể hẹn giờ đăng bài viết đang ở trạng thái “{state}”.</translation>
    </message>
    <message>
        <source>An article that is {state} cannot be published.</source>
        <translation>Không thể xuất bản bài viết đang ở trạng thái “{state}”.</translation>
    </message>
    <message>
        <source>An article that is {state} cannot be unpublished.</source>
        <translation>Không thể gỡ bài viết đang ở trạng thái “{state}”.</translation>
    </message>
    <message>
        <source>An article that is {state} cannot be corrected.</source>
        <translation>Không thể đính chính bài viết đang ở trạng thái “{state}”.</translation>
    </message>
    <message>
        <source>Refresh the article: someone may have moved it on.</source>
        <translation>Hãy tải lại bài: có thể đã có người chuyển bài sang bước khác.</translation>
    </message>
    <message>
        <source>Only editors may {action} an article; your role on the site is {role}.</source>
        <translation>Chỉ biên tập viên mới được {action}; vai trò của bạn trên trang là {role}.</translation>
    </message>
    <message>
        <source>Ask an editor to do it.</source>
        <translation>Hãy nhờ biên tập viên làm việc này.</translation>
    </message>
    <message>
        <source>a number or true/false</source>
        <translation>một số hoặc giá trị đúng/sai</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>null</source>
        <translation>giá trị rỗng (null)</translation>
    </message>
    <message>
        <source>an object was expected, not {kind}</source>
        <translation>cần một đối tượng, nhưng nhận được {kind}</translation>
    </message>
    <message>
        <source>a list was expected, not {kind}</source>
        <translation>cần một danh sách, nhưng nhận được {kind}</translation>
    </message>
    <message>
        <source>a field is missing or of the wrong kind: {field}</source>
        <translation>thiếu một trường hoặc trường sai kiểu: {field}</translation>
    </message>
    <message>
        <source>Newsdesk found no publishing API at {url}: {why}</source>
        <translation>Newsdesk không tìm thấy giao diện đăng bài (API) nào tại {url}: {why}</translation>
    </message>
    <message>
        <source>Enter the API address by hand: for WordPress it is usually the home page followed by /xmlrpc.php; other systems (mojoPortal and the like) show their MetaWeblog address in their settings, or the site administrator can give it to you.</source>
        <translation>Hãy tự nhập địa chỉ API: với WordPress, địa chỉ này thường là trang chủ thêm /xmlrpc.php; các hệ thống khác (mojoPortal và tương tự) ghi địa chỉ MetaWeblog trong phần cài đặt, hoặc người quản trị trang có thể cung cấp cho bạn.</translation>
    </message>
    <message>
        <source>The site at {typed} says it lives at {claimed}, another address without encryption. Newsdesk sent nothing there.</source>
        <translation>Trang web {typed} cho biết nó nằm ở {claimed}, một địa chỉ khác và không mã hóa. Newsdesk chưa gửi gì đến đó.</translation>
    </message>
    <message>
        <source>The site at {typed} says it lives at {claimed}. Newsdesk sent nothing there.</source>
        <translation>Trang web {typed} cho biết nó nằm ở {claimed}. Newsdesk chưa gửi gì đến đó.</translation>
    </message>
    <message>
        <source>If you trust that address, add the site with it: your user name and password will be sent there.</source>
        <translation>Nếu bạn tin địa chỉ đó, hãy thêm trang web bằng địa chỉ ấy: tên đăng nhập và mật khẩu của bạn sẽ được gửi đến đó.</translation>
    </message>
    <message>
        <source>the home page links neither a WordPress REST API nor an RSD file.</source>
        <translation>trang chủ không dẫn tới WordPress REST API cũng như tệp RSD nào.</translation>
    </message>
    <message>
        <source>the home page links a WordPress REST API ({url}), but it does not answer (it may be switched off or blocked), and there is no XML-RPC address.</source>
        <translation>trang chủ có dẫn tới một WordPress REST API ({url}) nhưng API này không phản hồi (có thể đã bị tắt hoặc bị chặn), và cũng không có địa chỉ XML-RPC.</translation>
    </message>
    <message>
        <source>the address answered HTTP {status}.</source>
        <translation>địa chỉ này trả về mã HTTP {status}.</translation>
    </message>
    <message>
        <source>{cause} The site said: {said}</source>
        <translation>{cause} Trang phản hồi: {said}</translation>
    </message>
    <message>
        <source>The site at {url} did not finish answering within {seconds} seconds.</source>
        <translation>Trang web {url} không trả lời xong trong {seconds} giây.</translation>
    </message>
    <message>
        <source>The site at {here} sent the request on to {there}; Newsdesk did not follow it, so nothing was sent there.</source>
        <translation>Trang web {here} chuyển yêu cầu sang {there}; Newsdesk không đi theo nên không gửi gì đến đó.</translation>
    </message>
    <message>
        <source>If the site has really moved, add it again with the address {there}; otherwise tell the site administrator.</source>
        <translation>Nếu trang web thật sự đã chuyển chỗ, hãy thêm lại trang web với địa chỉ {there}; nếu không, hãy báo quản trị viên trang web.</translation>
    </message>
    <message>
        <source>The site&apos;s answer from {url} is not what Newsdesk expected ({problem}).</source>
        <translation>Phản hồi của trang web từ {url} không đúng như Newsdesk cần ({problem}).</translation>
    </message>
    <message>
        <source>Check that the address is the site&apos;s own; if it is, tell the site administrator.</source>
        <translation>Hãy kiểm tra đó đúng là địa chỉ của trang web; nếu đúng, hãy báo quản trị viên trang web.</translation>
    </message>
    <message>
        <source>The site refused the request (HTTP {status}).</source>
        <translation>Trang từ chối yêu cầu (HTTP {status}).</translation>
    </message>
    <message>
        <source>Correct the article as the message says and send it again.</source>
        <translation>Hãy sửa bài theo thông báo rồi gửi lại.</translation>
    </message>
    <message>
        <source>The site did not accept the user name or application password.</source>
        <translation>Trang không chấp nhận tên đăng nhập hoặc mật khẩu ứng dụng.</translation>
    </message>
    <message>
        <source>Check the user name and create a new Application Password in the site&apos;s profile page.</source>
        <translation>Hãy kiểm tra tên đăng nhập và tạo mật khẩu ứng dụng mới trong trang hồ sơ của bạn trên trang.</translation>
    </message>
    <message>
        <source>Your role on the site does not allow this.</source>
        <translation>Vai trò của bạn trên trang không được làm việc này.</translation>
    </message>
    <message>
        <source>Ask an editor or the site administrator to do it or to change your role.</source>
        <translation>Hãy nhờ biên tập viên hoặc người quản trị trang làm việc này, hoặc đề nghị đổi vai trò cho bạn.</translation>
    </message>
    <message>
        <source>The site has no such item ({url}).</source>
        <translation>Trang không có mục này ({url}).</translation>
    </message>
    <message>
        <source>It may have been deleted on the site; refresh the list.</source>
        <translation>Có thể mục này đã bị xóa trên trang; hãy làm mới danh sách.</translation>
    </message>
    <message>
        <source>Someone changed this article on the site after you last synced it.</source>
        <translation>Đã có người sửa bài này trên trang sau lần đồng bộ gần nhất của bạn.</translation>
    </message>
    <message>
        <source>Sync to get their version, then send yours again.</source>
        <translation>Hãy đồng bộ để lấy bản của họ, rồi gửi lại bản của bạn.</translation>
    </message>
    <message>
        <source>The site asked Newsdesk to slow down.</source>
        <translation>Trang đề nghị Newsdesk gửi chậm lại.</translation>
    </message>
    <message>
        <source>Newsdesk will try again shortly.</source>
        <translation>Newsdesk sẽ thử lại sau ít phút.</translation>
    </message>
    <message>
        <source>The site had an internal error (HTTP {status}).</source>
        <translation>Trang gặp lỗi nội bộ (HTTP {status}).</translation>
    </message>
    <message>
        <source>Newsdesk will try again; if it keeps failing, tell the site administrator.</source>
        <translation>Newsdesk sẽ thử lại; nếu vẫn lỗi, hãy báo cho người quản trị trang.</translation>
    </message>
    <message>
        <source>The site at {url} redirected the request too many times.</source>
        <translation>Trang web {url} chuyển hướng yêu cầu quá nhiều lần.</translation>
    </message>
    <message>
        <source>Tell the site administrator: its addresses lead in a circle.</source>
        <translation>Hãy báo quản trị viên trang web: các địa chỉ của trang dẫn vòng quanh nhau.</translation>
    </message>
    <message>
        <source>The site at {here} sent the request on to {there} without encryption; Newsdesk did not follow it.</source>
        <translation>Trang web {here} chuyển yêu cầu sang {there} mà không mã hóa; Newsdesk không đi theo.</translation>
    </message>
    <message>
        <source>Keep the https:// address and ask the site administrator to stop redirecting to plain http.</source>
        <translation>Hãy giữ địa chỉ https:// và đề nghị quản trị viên trang web bỏ việc chuyển hướng sang http không mã hóa.</translation>
    </message>
    <message>
        <source>The photo at {url} is not on the site {site}.</source>
        <translation>Ảnh ở {url} không nằm trên trang {site}.</translation>
    </message>
    <message>
        <source>Newsdesk fetches photos only from the site itself.</source>
        <translation>Newsdesk chỉ lấy ảnh từ chính trang đó.</translation>
    </message>
    <message>
        <source>it nests too deeply</source>
        <translation>dữ liệu lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>The secure connection to {url} could not be verified ({problem}).</source>
        <translation>Không xác minh được kết nối bảo mật tới {url} ({problem}).</translation>
    </message>
    <message>
        <source>Check the address and the site&apos;s certificate with your administrator.</source>
        <translation>Hãy cùng người quản trị kiểm tra địa chỉ và chứng chỉ bảo mật của trang.</translation>
    </message>
    <message>
        <source>The site at {url} did not answer.</source>
        <translation>Trang tại {url} không phản hồi.</translation>
    </message>
    <message>
        <source>Check the network connection; Newsdesk will try again by itself.</source>
        <translation>Hãy kiểm tra kết nối mạng; Newsdesk sẽ tự thử lại.</translation>
    </message>
    <message>
        <source>The address {url} cannot be used ({problem}).</source>
        <translation>Không dùng được địa chỉ {url} ({problem}).</translation>
    </message>
    <message>
        <source>Check the site address: it should look like https://example.org.</source>
        <translation>Hãy kiểm tra địa chỉ trang: địa chỉ phải có dạng https://example.org.</translation>
    </message>
    <message>
        <source>The site&apos;s answer from {url} was cut off or garbled.</source>
        <translation>Phản hồi của trang từ {url} bị cắt ngang hoặc bị lỗi.</translation>
    </message>
    <message>
        <source>Newsdesk will try again; if it keeps happening, tell the site administrator.</source>
        <translation>Newsdesk sẽ thử lại; nếu còn xảy ra, hãy báo cho người quản trị trang.</translation>
    </message>
    <message>
        <source>Someone changed this article on the site (post {id}) after you last synced it.</source>
        <translation>Đã có người sửa bài này trên trang (bài số {id}) sau lần đồng bộ gần nhất của bạn.</translation>
    </message>
    <message>
        <source>Editors&apos; notes and the audit record cannot be kept on a site reached over XML-RPC.</source>
        <translation>Trang kết nối qua XML-RPC không lưu được ghi chú của biên tập viên và nhật ký bài.</translation>
    </message>
    <message>
        <source>Connect to the site&apos;s WordPress REST API with the Newsdesk Bridge plugin installed.</source>
        <translation>Hãy kết nối qua WordPress REST API của trang, với plugin Newsdesk Bridge đã được cài.</translation>
    </message>
    <message>
        <source>A photo cannot wait for the editor&apos;s approval on a site reached over XML-RPC.</source>
        <translation>Trang kết nối qua XML-RPC không giữ được ảnh để chờ biên tập viên duyệt.</translation>
    </message>
    <message>
        <source>Send the photo to your editor, who adds it when approving the article.</source>
        <translation>Hãy gửi ảnh cho biên tập viên để họ thêm vào khi duyệt bài.</translation>
    </message>
    <message>
        <source>The site has no category “{name}”.</source>
        <translation>Trang không có chuyên mục “{name}”.</translation>
    </message>
    <message>
        <source>Choose one of the site&apos;s categories (refresh them in the site settings).</source>
        <translation>Hãy chọn một chuyên mục có trên trang (làm mới danh sách chuyên mục trong phần cài đặt trang).</translation>
    </message>
    <message>
        <source>The site names its posts with ids Newsdesk cannot keep ({id}).</source>
        <translation>Trang đặt mã bài theo kiểu Newsdesk không lưu được ({id}).</translation>
    </message>
    <message>
        <source>Use the site&apos;s WordPress REST API or WordPress XML-RPC address instead.</source>
        <translation>Hãy dùng địa chỉ WordPress REST API hoặc WordPress XML-RPC của trang.</translation>
    </message>
    <message>
        <source>The site made the move ({move}), but a step after it failed: {reason}</source>
        <translation>Trang web đã thực hiện thao tác ({move}), nhưng một bước sau đó không thành công: {reason}</translation>
    </message>
    <message>
        <source>The article&apos;s notes and audit record could not be sent: {reason}</source>
        <translation>Không gửi được ghi chú và nhật ký xử lý bài: {reason}</translation>
    </message>
    <message>
        <source>The site refused the note “{note}”: {reason} The note stays on this desk only; write it again if the site should have it.</source>
        <translation>Trang web đã từ chối ghi chú “{note}”: {reason} Ghi chú chỉ còn trên máy này; nếu trang web cần có nó, hãy viết lại.</translation>
    </message>
    <message>
        <source>Removed from the text: {removed}.</source>
        <translation>Đã xóa khỏi văn bản: {removed}.</translation>
    </message>
    <message>
        <source>control characters (such as NUL or terminal escapes): {count}</source>
        <translation>ký tự điều khiển (như NUL hay mã điều khiển màn hình dòng lệnh): {count}</translation>
    </message>
    <message>
        <source>text-direction controls: {count}</source>
        <translation>ký tự điều khiển hướng chữ: {count}</translation>
    </message>
    <message>
        <source>zero-width characters: {count}</source>
        <translation>ký tự độ rộng bằng không: {count}</translation>
    </message>
    <message>
        <source>broken characters (unpaired surrogates): {count}</source>
        <translation>ký tự hỏng (nửa cặp thay thế UTF-16): {count}</translation>
    </message>
    <message>
        <source>The site has no tag {tags}, and your role may not add tags.</source>
        <translation>Trang không có thẻ {tags}, và vai trò của bạn không được thêm thẻ mới.</translation>
    </message>
    <message>
        <source>Choose tags the site already has, or ask an editor to add these.</source>
        <translation>Hãy chọn những thẻ trang đã có, hoặc nhờ biên tập viên thêm các thẻ này.</translation>
    </message>
    <message>
        <source>The site answered post {id} with something that is not a post.</source>
        <translation>Trang trả về cho bài số {id} một nội dung không phải là bài viết.</translation>
    </message>
    <message>
        <source>Check that the address is the site&apos;s XML-RPC address.</source>
        <translation>Hãy kiểm tra xem đây có đúng là địa chỉ XML-RPC của trang không.</translation>
    </message>
    <message>
        <source>The site stored {name} but did not say which media item it became.</source>
        <translation>Trang đã lưu {name} nhưng không cho biết đó là mục ảnh nào trong thư viện.</translation>
    </message>
    <message>
        <source>Insert the image into the article by its address instead of as featured image.</source>
        <translation>Hãy chèn ảnh vào bài bằng địa chỉ của ảnh thay vì đặt làm ảnh đại diện.</translation>
    </message>
    <message>
        <source>No password for the site “{site}” is stored on this computer.</source>
        <translation>Máy này chưa lưu mật khẩu cho trang “{site}”.</translation>
    </message>
    <message>
        <source>Enter the Application Password again in the site settings.</source>
        <translation>Hãy nhập lại mật khẩu ứng dụng trong phần cài đặt trang.</translation>
    </message>
    <message>
        <source>The photo {name} changed while it was being sent.</source>
        <translation>Ảnh {name} đã bị thay đổi trong lúc đang gửi.</translation>
    </message>
    <message>
        <source>Sync again.</source>
        <translation>Hãy đồng bộ lại.</translation>
    </message>
    <message>
        <source>The photo waiting with the article came back damaged.</source>
        <translation>Ảnh chờ kèm bài viết bị hỏng khi tải về.</translation>
    </message>
    <message>
        <source>Newsdesk will try again.</source>
        <translation>Newsdesk sẽ thử lại.</translation>
    </message>
    <message>
        <source>The site at {url} runs WordPress, but its REST API is switched off or blocked.</source>
        <translation>Trang tại {url} chạy WordPress nhưng REST API của trang đã bị tắt hoặc bị chặn.</translation>
    </message>
    <message>
        <source>Ask the site administrator to enable the WordPress REST API (wp/v2) for logged-in users, or use the site&apos;s XML-RPC address.</source>
        <translation>Hãy đề nghị người quản trị trang bật WordPress REST API (wp/v2) cho người dùng đã đăng nhập, hoặc dùng địa chỉ XML-RPC của trang.</translation>
    </message>
    <message>
        <source>No WordPress REST API answered at {url}.</source>
        <translation>Không có WordPress REST API nào phản hồi tại {url}.</translation>
    </message>
    <message>
        <source>Check the address (the site&apos;s home page) and that the site runs WordPress 5.6 or newer with its REST API enabled.</source>
        <translation>Hãy kiểm tra địa chỉ (trang chủ của trang) và xem trang có chạy WordPress 5.6 trở lên, đã bật REST API hay chưa.</translation>
    </message>
    <message>
        <source>No site address was given.</source>
        <translation>Chưa nhập địa chỉ trang.</translation>
    </message>
    <message>
        <source>Type the site&apos;s home page address.</source>
        <translation>Hãy nhập địa chỉ trang chủ của trang.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>“{url}” không phải là địa chỉ web.</translation>
    </message>
    <message>
        <source>Type the site&apos;s home page address, for example https://mattran.quangtri.gov.vn.</source>
        <translation>Hãy nhập địa chỉ trang chủ của trang, ví dụ https://mattran.quangtri.gov.vn.</translation>
    </message>
    <message>
        <source>The site did not recognise you: the user name or Application Password is wrong.</source>
        <translation>Trang không nhận ra bạn: tên đăng nhập hoặc mật khẩu ứng dụng không đúng.</translation>
    </message>
    <message>
        <source>Create a new Application Password in your profile on the site and enter it again.</source>
        <translation>Hãy tạo mật khẩu ứng dụng mới trong hồ sơ của bạn trên trang rồi nhập lại.</translation>
    </message>
    <message>
        <source>The Application Password is wrong or was revoked.</source>
        <translation>Mật khẩu ứng dụng không đúng hoặc đã bị thu hồi.</translation>
    </message>
    <message>
        <source>The site has no user with that name.</source>
        <translation>Trang không có người dùng nào với tên này.</translation>
    </message>
    <message>
        <source>Check the user name (the login name, not the display name).</source>
        <translation>Hãy kiểm tra tên đăng nhập (tên dùng để đăng nhập, không phải tên hiển thị).</translation>
    </message>
    <message>
        <source>Your role on the site may not create this.</source>
        <translation>Vai trò của bạn trên trang không được tạo mục này.</translation>
    </message>
    <message>
        <source>Ask an editor to do it, or the administrator to raise your role.</source>
        <translation>Hãy nhờ biên tập viên làm việc này, hoặc đề nghị người quản trị nâng vai trò cho bạn.</translation>
    </message>
    <message>
        <source>Your role on the site may submit articles but not publish them.</source>
        <translation>Vai trò của bạn trên trang được gửi bài chờ duyệt nhưng không được xuất bản.</translation>
    </message>
    <message>
        <source>Submit the article for review; an editor will publish it.</source>
        <translation>Hãy gửi duyệt bài; biên tập viên sẽ xuất bản.</translation>
    </message>
    <message>
        <source>Your role on the site may not change this article any more (it may be published).</source>
        <translation>Vai trò của bạn trên trang không còn được sửa bài này (có thể bài đã được xuất bản).</translation>
    </message>
    <message>
        <source>Ask an editor to make the change.</source>
        <translation>Hãy nhờ biên tập viên sửa.</translation>
    </message>
    <message>
        <source>This article belongs to someone else on the site.</source>
        <translation>Bài này thuộc về người khác trên trang.</translation>
    </message>
    <message>
        <source>Your role on the site may not open this article for editing.</source>
        <translation>Vai trò của bạn trên trang không được mở bài này để biên tập.</translation>
    </message>
    <message>
        <source>Your role on the site may not use this category or tag.</source>
        <translation>Vai trò của bạn trên trang không được dùng chuyên mục hoặc thẻ này.</translation>
    </message>
    <message>
        <source>Choose another category, or ask an editor.</source>
        <translation>Hãy chọn chuyên mục khác, hoặc hỏi biên tập viên.</translation>
    </message>
    <message>
        <source>Your role on the site may not create new tags or categories.</source>
        <translation>Vai trò của bạn trên trang không được tạo thẻ hoặc chuyên mục mới.</translation>
    </message>
    <message>
        <source>Use existing ones, or ask an editor to create it.</source>
        <translation>Hãy dùng những thẻ, chuyên mục đã có, hoặc nhờ biên tập viên tạo mới.</translation>
    </message>
    <message>
        <source>The article no longer exists on the site (it may have been deleted).</source>
        <translation>Bài không còn trên trang (có thể đã bị xóa).</translation>
    </message>
    <message>
        <source>Submit it again as a new article, or ask an editor.</source>
        <translation>Hãy gửi lại như một bài mới, hoặc hỏi biên tập viên.</translation>
    </message>
    <message>
        <source>The site refused a value in the article.</source>
        <translation>Trang không nhận một giá trị trong bài.</translation>
    </message>
    <message>
        <source>Check the article&apos;s metadata (date, category, tags) and send it again.</source>
        <translation>Hãy kiểm tra thông tin của bài (ngày, chuyên mục, thẻ) rồi gửi lại.</translation>
    </message>
    <message>
        <source>The site does not accept this kind of file.</source>
        <translation>Trang không nhận loại tệp này.</translation>
    </message>
    <message>
        <source>Save the photo as JPEG or PNG and add it again.</source>
        <translation>Hãy lưu ảnh sang JPEG hoặc PNG rồi thêm lại.</translation>
    </message>
    <message>
        <source>The photo is larger than the site accepts.</source>
        <translation>Ảnh lớn hơn mức trang cho phép.</translation>
    </message>
    <message>
        <source>Make the photo smaller (for example 2000 pixels wide) and add it again.</source>
        <translation>Hãy thu nhỏ ảnh (ví dụ rộng 2000 điểm ảnh) rồi thêm lại.</translation>
    </message>
    <message>
        <source>The photo file was empty.</source>
        <translation>Tệp ảnh trống.</translation>
    </message>
    <message>
        <source>The site does not offer this function (a plugin may be missing or disabled).</source>
        <translation>Trang không có chức năng này (có thể thiếu plugin hoặc plugin đã bị tắt).</translation>
    </message>
    <message>
        <source>Ask the site administrator to install the Newsdesk Bridge plugin.</source>
        <translation>Hãy đề nghị người quản trị trang cài plugin Newsdesk Bridge.</translation>
    </message>
    <message>
        <source>The site&apos;s REST API is switched off.</source>
        <translation>REST API của trang đã bị tắt.</translation>
    </message>
    <message>
        <source>Ask the site administrator to enable it for logged-in users.</source>
        <translation>Hãy đề nghị người quản trị trang bật REST API cho người dùng đã đăng nhập.</translation>
    </message>
    <message>
        <source>Someone changed this article on the site after your copy was made.</source>
        <translation>Đã có người sửa bài này trên trang sau khi bản của bạn được tạo.</translation>
    </message>
    <message>
        <source>Newsdesk will merge their changes with yours; sync again.</source>
        <translation>Newsdesk sẽ gộp các thay đổi của họ với bản của bạn; hãy đồng bộ lại.</translation>
    </message>
    <message>
        <source>The site refused the bylines.</source>
        <translation>Trang không nhận phần tác giả.</translation>
    </message>
    <message>
        <source>Check each byline has a name, then send the article again.</source>
        <translation>Hãy kiểm tra mỗi tác giả đều có tên, rồi gửi lại bài.</translation>
    </message>
    <message>
        <source>The address {url} does not answer XML-RPC ({why}).</source>
        <translation>Địa chỉ {url} không phản hồi theo XML-RPC ({why}).</translation>
    </message>
    <message>
        <source>Check the address: it is usually the site&apos;s home page followed by /xmlrpc.php, or the MetaWeblog address the site&apos;s administrator gave you.</source>
        <translation>Hãy kiểm tra địa chỉ: thường là trang chủ của trang thêm /xmlrpc.php, hoặc địa chỉ MetaWeblog mà người quản trị trang đã cung cấp.</translation>
    </message>
    <message>
        <source>The site refused the request (XML-RPC fault {code}).</source>
        <translation>Trang từ chối yêu cầu (lỗi XML-RPC {code}).</translation>
    </message>
    <message>
        <source>The site did not accept the user name or password.</source>
        <translation>Trang không chấp nhận tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>Check the user name and the password (or Application Password) in the site settings.</source>
        <translation>Hãy kiểm tra tên đăng nhập và mật khẩu (hoặc mật khẩu ứng dụng) trong phần cài đặt trang.</translation>
    </message>
    <message>
        <source>The site has no such item.</source>
        <translation>Trang không có mục này.</translation>
    </message>
    <message>
        <source>XML-RPC is switched off on this site.</source>
        <translation>Trang này đã tắt XML-RPC.</translation>
    </message>
    <message>
        <source>Ask the site administrator to switch XML-RPC on, or use the site&apos;s REST API.</source>
        <translation>Hãy đề nghị người quản trị trang bật XML-RPC, hoặc dùng REST API của trang.</translation>
    </message>
    <message>
        <source>The site&apos;s XML-RPC service does not offer {method}.</source>
        <translation>Dịch vụ XML-RPC của trang không có lệnh {method}.</translation>
    </message>
    <message>
        <source>Check that the address is the site&apos;s MetaWeblog or WordPress XML-RPC address.</source>
        <translation>Hãy kiểm tra xem đây có đúng là địa chỉ MetaWeblog hoặc WordPress XML-RPC của trang không.</translation>
    </message>
    <message>
        <source>The site had an internal error.</source>
        <translation>Trang gặp lỗi nội bộ.</translation>
    </message>
    <message>
        <source>the answer is a web page or carries a DTD</source>
        <translation>phản hồi là một trang web hoặc có kèm DTD</translation>
    </message>
    <message>
        <source>the answer is not an XML-RPC document</source>
        <translation>phản hồi không phải là văn bản XML-RPC</translation>
    </message>
    <message>
        <source>the answer cannot be read: {problem}</source>
        <translation>không đọc được phản hồi: {problem}</translation>
    </message>
    <message>
        <source>The answer from {url} was cut off.</source>
        <translation>Phản hồi từ {url} bị cắt ngang.</translation>
    </message>
    <message>
        <source>The audit record from the site breaks at entry {position}: it {reason}.</source>
        <translation>Nhật ký lấy từ trang bị đứt ở mục {position}: mục này {reason}.</translation>
    </message>
    <message>
        <source>Tell the site administrator: the record may have been tampered with.</source>
        <translation>Hãy báo cho người quản trị trang: nhật ký có thể đã bị sửa.</translation>
    </message>
    <message>
        <source>The audit entry does not follow the article&apos;s last entry.</source>
        <translation>Mục nhật ký này không nối tiếp mục cuối cùng của bài.</translation>
    </message>
    <message>
        <source>is missing: the record was cut short (this desk has seen {seen} entries)</source>
        <translation>đã mất: nhật ký bị cắt ngắn (máy này đã thấy {seen} mục)</translation>
    </message>
    <message>
        <source>is not the entry this desk saw before: the record was rewritten</source>
        <translation>không phải mục máy này đã thấy trước đây: nhật ký đã bị viết lại</translation>
    </message>
    <message>
        <source>Newsdesk finds a MetaWeblog site&apos;s address from its home page.</source>
        <translation>Newsdesk tự tìm địa chỉ của trang MetaWeblog từ trang chủ của nó.</translation>
    </message>
    <message>
        <source>Add the site without choosing what it runs.</source>
        <translation>Hãy thêm trang mà không chọn hệ thống của nó.</translation>
    </message>
    <message>
        <source>There is no site named “{name}”.</source>
        <translation>Không có trang nào tên “{name}”.</translation>
    </message>
    <message>
        <source>Add it first (`newsdesk site add`).</source>
        <translation>Hãy thêm trang trước (`newsdesk site add`).</translation>
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation>Trang cần có tên.</translation>
    </message>
    <message>
        <source>Give it a short name, e.g. “portal”.</source>
        <translation>Đặt một tên ngắn, ví dụ “cổng”.</translation>
    </message>
    <message>
        <source>Choose another name or remove it.</source>
        <translation>Chọn tên khác hoặc gỡ trang đó.</translation>
    </message>
    <message>
        <source>the reporter</source>
        <translation>phóng viên</translation>
    </message>
    <message>
        <source>“{title}” was returned to {person} to revise; only their desk can submit it again.</source>
        <translation>Bài “{title}” đã được trả lại cho {person} để sửa; chỉ người đó mới gửi duyệt lại được.</translation>
    </message>
    <message>
        <source>Leave it to them: once they resubmit it, it comes back for review.</source>
        <translation>Hãy để người đó sửa: khi được gửi lại, bài sẽ quay về chờ duyệt.</translation>
    </message>
    <message>
        <source>Only editors can {action} articles on “{site}”; your role there is {roles}.</source>
        <translation>Chỉ biên tập viên mới được {action} bài trên “{site}”; vai trò của bạn ở đó là {roles}.</translation>
    </message>
    <message>
        <source>Submit the article for review instead; an editor will take it from there.</source>
        <translation>Hãy gửi duyệt bài; biên tập viên sẽ xử lý tiếp.</translation>
    </message>
    <message>
        <source>Returning an article needs a note saying what to change.</source>
        <translation>Trả lại bài cần có ghi chú nói rõ cần sửa gì.</translation>
    </message>
    <message>
        <source>Write the note for the reporter, then return the article.</source>
        <translation>Viết ghi chú cho phóng viên rồi trả lại bài.</translation>
    </message>
    <message>
        <source>Choose a time at least two minutes from now (Vietnam time).</source>
        <translation>Chọn thời điểm cách bây giờ ít nhất hai phút (giờ Việt Nam).</translation>
    </message>
    <message>
        <source>Your account on “{site}” may not write articles.</source>
        <translation>Tài khoản của bạn trên “{site}” không được viết bài.</translation>
    </message>
    <message>
        <source>Ask the site administrator to make you a contributor or author.</source>
        <translation>Đề nghị quản trị trang cấp cho bạn quyền viết bài.</translation>
    </message>
    <message>
        <source>The answer from {url} is larger than Newsdesk reads ({limit} MB); it stopped reading.</source>
        <translation>Phản hồi từ {url} lớn hơn mức Newsdesk đọc ({limit} MB); Newsdesk đã ngừng đọc.</translation>
    </message>
    <message>
        <source>The address {url} does not answer as NukeViet&apos;s API.</source>
        <translation>Địa chỉ {url} không trả lời như API của NukeViet.</translation>
    </message>
    <message>
        <source>Check the site address: it should be the portal&apos;s home page, on which NukeViet runs.</source>
        <translation>Hãy kiểm tra địa chỉ trang web: đó phải là trang chủ của cổng thông tin chạy NukeViet.</translation>
    </message>
    <message>
        <source>no media in the answer</source>
        <translation>câu trả lời không có tệp ảnh</translation>
    </message>
    <message>
        <source>A photo cannot wait for the editor&apos;s approval on a NukeViet site.</source>
        <translation>Trên trang web NukeViet, ảnh không thể chờ biên tập viên duyệt kèm bài.</translation>
    </message>
    <message>
        <source>The site refused Newsdesk before its API saw the request (HTTP 401).</source>
        <translation>Trang web đã từ chối Newsdesk trước khi API của nó nhận được yêu cầu (HTTP 401).</translation>
    </message>
    <message>
        <source>Check the site address and the API key and secret in the site settings.</source>
        <translation>Hãy kiểm tra địa chỉ trang web, khóa truy cập API và mã bí mật trong phần cài đặt trang web.</translation>
    </message>
    <message>
        <source>The site&apos;s web server does not let requests reach its API (HTTP 403).</source>
        <translation>Máy chủ web của trang web không cho yêu cầu đến được API (HTTP 403).</translation>
    </message>
    <message>
        <source>Ask the site administrator to allow requests to api.php.</source>
        <translation>Hãy đề nghị quản trị viên trang web cho phép các yêu cầu đến api.php.</translation>
    </message>
    <message>
        <source>The site at {url} runs NukeViet, but its remote API ({api}) does not answer.</source>
        <translation>Trang web {url} chạy NukeViet, nhưng API từ xa của nó ({api}) không trả lời.</translation>
    </message>
    <message>
        <source>Ask the site administrator to let api.php through to the network and to install the Newsdesk API for NukeViet.</source>
        <translation>Hãy đề nghị quản trị viên trang web cho phép truy cập api.php từ mạng và cài đặt Newsdesk API cho NukeViet.</translation>
    </message>
    <message>
        <source>Tell the site administrator; Newsdesk will try again meanwhile.</source>
        <translation>Hãy báo quản trị viên trang web; trong lúc đó Newsdesk sẽ tự thử lại.</translation>
    </message>
    <message>
        <source>Check the API key and secret in the site settings.</source>
        <translation>Hãy kiểm tra khóa truy cập API và mã bí mật trong phần cài đặt trang web.</translation>
    </message>
    <message>
        <source>Tell the site administrator.</source>
        <translation>Hãy báo quản trị viên trang web.</translation>
    </message>
    <message>
        <source>The site&apos;s API needs the key of a site administrator, and this key is none.</source>
        <translation>API của trang web cần khóa truy cập của một quản trị viên, nhưng khóa này không thuộc quản trị viên nào.</translation>
    </message>
    <message>
        <source>The site&apos;s API failed while writing its own answer.</source>
        <translation>API của trang web gặp lỗi khi tạo câu trả lời.</translation>
    </message>
    <message>
        <source>The site&apos;s NukeViet is missing a part its API needs.</source>
        <translation>NukeViet của trang web thiếu một thành phần mà API cần.</translation>
    </message>
    <message>
        <source>The site does not let your API key use the action {action}: the Newsdesk API is not installed on the portal, or your API role does not include it.</source>
        <translation>Trang web không cho khóa truy cập API của bạn dùng chức năng {action}: API Newsdesk chưa được cài trên cổng thông tin, hoặc API Role của bạn không có chức năng này.</translation>
    </message>
    <message>
        <source>Ask the site administrator to install the Newsdesk API and to give your API role its actions, as {readme} describes.</source>
        <translation>Hãy đề nghị quản trị viên trang web cài API Newsdesk và cấp các chức năng của nó cho API Role của bạn, theo hướng dẫn trong {readme}.</translation>
    </message>
    <message>
        <source>The site has no module “{module}” for its API, or your API role does not cover it.</source>
        <translation>Trang web không có module “{module}” cho API, hoặc API Role của bạn không bao gồm module này.</translation>
    </message>
    <message>
        <source>Check the module name in the site settings, and ask the site administrator to give your API role the Newsdesk actions of that module.</source>
        <translation>Hãy kiểm tra tên module trong phần cài đặt trang web và đề nghị quản trị viên trang web cấp các chức năng Newsdesk của module đó cho API Role của bạn.</translation>
    </message>
    <message>
        <source>The site&apos;s module “{module}” cannot be used through its API.</source>
        <translation>Không thể dùng module “{module}” của trang web qua API.</translation>
    </message>
    <message>
        <source>Check the module name in the site settings, or tell the site administrator.</source>
        <translation>Hãy kiểm tra tên module trong phần cài đặt trang web, hoặc báo quản trị viên trang web.</translation>
    </message>
    <message>
        <source>The site found no administrator account for this API key.</source>
        <translation>Trang web không tìm thấy tài khoản quản trị nào ứng với khóa truy cập API này.</translation>
    </message>
    <message>
        <source>The administrator account of this API key is suspended or no longer exists.</source>
        <translation>Tài khoản quản trị của khóa truy cập API này đã bị đình chỉ hoặc không còn tồn tại.</translation>
    </message>
    <message>
        <source>Ask the site administrator to restore your account or give you a new API key.</source>
        <translation>Hãy đề nghị quản trị viên trang web khôi phục tài khoản của bạn hoặc cấp khóa truy cập API mới.</translation>
    </message>
    <message>
        <source>You are not an administrator of the site&apos;s module “{module}”.</source>
        <translation>Bạn không phải là người quản lý module “{module}” của trang web.</translation>
    </message>
    <message>
        <source>Ask the site administrator to add you as an administrator of the module “{module}” with the right to add articles.</source>
        <translation>Hãy đề nghị quản trị viên trang web thêm bạn làm người quản lý module “{module}” với quyền đăng bài viết.</translation>
    </message>
    <message>
        <source>Your administrator level on the site may not use the action {action}.</source>
        <translation>Cấp quản trị của bạn trên trang web không được dùng chức năng {action}.</translation>
    </message>
    <message>
        <source>Ask the site administrator to raise your administrator level.</source>
        <translation>Hãy đề nghị quản trị viên trang web nâng cấp quản trị của bạn.</translation>
    </message>
    <message>
        <source>The site&apos;s remote API is switched off.</source>
        <translation>Remote API của trang web đang tắt.</translation>
    </message>
    <message>
        <source>Ask the site administrator to switch it on: NukeViet admin, “Cấu hình” → “Cấu hình chung” → “Bật Remote API”.</source>
        <translation>Hãy đề nghị quản trị viên trang web bật lên: trong trang quản trị NukeViet, “Cấu hình” → “Cấu hình chung” → “Bật Remote API”.</translation>
    </message>
    <message>
        <source>The site&apos;s database failed while checking the API key.</source>
        <translation>Cơ sở dữ liệu của trang web gặp lỗi khi kiểm tra khóa truy cập API.</translation>
    </message>
    <message>
        <source>The site knows no API key like the one stored for it.</source>
        <translation>Trang web không có khóa truy cập API nào như khóa đã lưu cho trang này.</translation>
    </message>
    <message>
        <source>The site did not accept the API secret.</source>
        <translation>Trang web không chấp nhận mã bí mật API.</translation>
    </message>
    <message>
        <source>The site&apos;s API received no action name.</source>
        <translation>API của trang web không nhận được tên chức năng.</translation>
    </message>
    <message>
        <source>Your API role has no actions for the site&apos;s language “{language}”.</source>
        <translation>API Role của bạn không có chức năng nào cho ngôn ngữ “{language}” của trang web.</translation>
    </message>
    <message>
        <source>Ask the site administrator to give your API role the Newsdesk actions of the news module.</source>
        <translation>Hãy đề nghị quản trị viên trang web cấp các chức năng Newsdesk của module tin tức cho API Role của bạn.</translation>
    </message>
    <message>
        <source>The site&apos;s content is not in the language “{language}” Newsdesk asked for.</source>
        <translation>Nội dung trang web không ở ngôn ngữ “{language}” mà Newsdesk yêu cầu.</translation>
    </message>
    <message>
        <source>Check the site&apos;s language in the site settings.</source>
        <translation>Hãy kiểm tra ngôn ngữ của trang web trong phần cài đặt trang web.</translation>
    </message>
    <message>
        <source>The site has several languages and needs to be told which one.</source>
        <translation>Trang web có nhiều ngôn ngữ và cần được chỉ rõ ngôn ngữ nào.</translation>
    </message>
    <message>
        <source>Set the site&apos;s language in the site settings.</source>
        <translation>Hãy đặt ngôn ngữ của trang web trong phần cài đặt trang web.</translation>
    </message>
    <message>
        <source>Your API key may only be used from other computers (by their IP address).</source>
        <translation>Khóa truy cập API của bạn chỉ được dùng từ các máy tính khác (theo địa chỉ IP).</translation>
    </message>
    <message>
        <source>Ask the site administrator to allow this computer&apos;s address for your API key.</source>
        <translation>Hãy đề nghị quản trị viên trang web cho phép địa chỉ của máy tính này dùng khóa truy cập API của bạn.</translation>
    </message>
    <message>
        <source>The site refused the request&apos;s time, even after Newsdesk corrected for the site&apos;s clock.</source>
        <translation>Trang web từ chối thời gian của yêu cầu, dù Newsdesk đã chỉnh theo đồng hồ của trang web.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s clock and time zone are set automatically, then try again.</source>
        <translation>Hãy kiểm tra đồng hồ và múi giờ của máy tính này được đặt tự động, rồi thử lại.</translation>
    </message>
    <message>
        <source>Correct the field the site names and send the article again.</source>
        <translation>Hãy sửa trường mà trang web nêu rồi gửi lại bài.</translation>
    </message>
    <message>
        <source>The article is no longer on the site, or you may not see it.</source>
        <translation>Bài không còn trên trang web, hoặc bạn không được xem bài này.</translation>
    </message>
    <message>
        <source>It may have been deleted on the site; refresh the list or ask an editor.</source>
        <translation>Có thể bài đã bị xóa trên trang web; hãy làm mới danh sách hoặc hỏi biên tập viên.</translation>
    </message>
    <message>
        <source>Your rights in the site&apos;s news module do not allow this.</source>
        <translation>Quyền của bạn trong module tin tức của trang web không cho phép việc này.</translation>
    </message>
    <message>
        <source>Ask an editor to do it, or the site administrator to give you the right in that category.</source>
        <translation>Hãy nhờ biên tập viên làm việc này, hoặc đề nghị quản trị viên trang web cấp cho bạn quyền đó trong chuyên mục này.</translation>
    </message>
    <message>
        <source>The article&apos;s record on the site has new entries since Newsdesk last read it.</source>
        <translation>Nhật ký xử lý bài trên trang web có mục mới kể từ lần Newsdesk đọc gần nhất.</translation>
    </message>
    <message>
        <source>Sync again; Newsdesk adds its entry after theirs.</source>
        <translation>Hãy đồng bộ lại; Newsdesk sẽ thêm mục của mình sau các mục đó.</translation>
    </message>
    <message>
        <source>The site does not accept this photo (not an image it takes, or too large).</source>
        <translation>Trang web không nhận ảnh này (không phải loại ảnh trang web nhận, hoặc quá lớn).</translation>
    </message>
    <message>
        <source>Save the photo as JPEG or PNG, at most 2000 pixels wide, and add it again.</source>
        <translation>Hãy lưu ảnh dạng JPEG hoặc PNG, rộng tối đa 2000 điểm ảnh, rồi thêm lại.</translation>
    </message>
    <message>
        <source>The site&apos;s database or file system failed.</source>
        <translation>Cơ sở dữ liệu hoặc hệ thống tệp của trang web gặp lỗi.</translation>
    </message>
    <message>
        <source>The site&apos;s API refused the request (code {code}).</source>
        <translation>API của trang web đã từ chối yêu cầu (mã {code}).</translation>
    </message>
    <message>
        <source>The site {url} is not encrypted (http://): your password and unpublished articles can be read by anyone on the network between you and the site. Use its https:// address if it has one.</source>
        <translation>Trang web {url} không mã hóa (http://): bất kỳ ai trên đường mạng giữa bạn và trang web đều đọc được mật khẩu và các bài chưa đăng của bạn. Hãy dùng địa chỉ https:// của trang nếu có.</translation>
    </message>
    <message>
        <source>The site {url} is not encrypted (http://). It is on this computer, so the password does not cross the network; use https:// for any other site.</source>
        <translation>Trang web {url} không mã hóa (http://). Trang nằm trên chính máy này nên mật khẩu không đi qua mạng; với mọi trang web khác, hãy dùng https://.</translation>
    </message>
    <message>
        <source>Enter the API secret again in the site settings.</source>
        <translation>Hãy nhập lại mã bí mật API trong phần cài đặt trang web.</translation>
    </message>
    <message>
        <source>its list of APIs is not a list</source>
        <translation>danh sách API của trang không phải là danh sách</translation>
    </message>
    <message>
        <source>Sync the article, then try again.</source>
        <translation>Hãy đồng bộ bài, rồi thử lại.</translation>
    </message>
    <message>
        <source>{path} is not a file but a folder, a device or a pipe.</source>
        <translation>{path} không phải là tệp mà là thư mục, thiết bị hoặc đường ống.</translation>
    </message>
    <message>
        <source>Import a Markdown or text file.</source>
        <translation>Hãy nhập một tệp Markdown hoặc văn bản.</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} MB: too large for one article.</source>
        <translation>{path} lớn hơn {limit} MB: quá lớn cho một bài viết.</translation>
    </message>
    <message>
        <source>Check that it is the right file, or split it into several articles.</source>
        <translation>Hãy kiểm tra đúng tệp chưa, hoặc tách thành nhiều bài viết.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}.</source>
        <translation>Không đọc được {path}: {error}.</translation>
    </message>
    <message>
        <source>Check the file name.</source>
        <translation>Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} không phải là văn bản UTF-8.</translation>
    </message>
    <message>
        <source>Save it as UTF-8 (Unicode) text or Markdown, then import it again.</source>
        <translation>Hãy lưu tệp dưới dạng văn bản hoặc Markdown UTF-8 (Unicode) rồi nhập lại.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database, but not one made by Newsdesk.</source>
        <translation>{path} là cơ sở dữ liệu SQLite nhưng không phải do Newsdesk tạo.</translation>
    </message>
    <message>
        <source>Choose another file for the Newsdesk database.</source>
        <translation>Hãy chọn tệp khác làm cơ sở dữ liệu của Newsdesk.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Newsdesk (schema {schema}).</source>
        <translation>{path} được tạo bởi phiên bản Newsdesk mới hơn (lược đồ {schema}).</translation>
    </message>
    <message>
        <source>Update Newsdesk to open it.</source>
        <translation>Hãy cập nhật Newsdesk để mở tệp này.</translation>
    </message>
    <message>
        <source>Put the photo in the article&apos;s folder (or a folder inside it), name it there, and import again.</source>
        <translation>Hãy đặt ảnh vào thư mục của bài viết (hoặc một thư mục bên trong), ghi tên ảnh theo vị trí đó rồi nhập lại.</translation>
    </message>
    <message>
        <source>The photo “{target}” was not imported: {reason}. {action}</source>
        <translation>Không nhập ảnh “{target}”: {reason}. {action}</translation>
    </message>
    <message>
        <source>“{scheme}:” addresses are not read; photos come only from the article&apos;s folder</source>
        <translation>không đọc địa chỉ dạng “{scheme}:”; ảnh chỉ được lấy từ thư mục của bài viết</translation>
    </message>
    <message>
        <source>its name holds a NUL character</source>
        <translation>tên tệp chứa ký tự NUL</translation>
    </message>
    <message>
        <source>it is an absolute path; photos come only from the article&apos;s folder</source>
        <translation>đó là đường dẫn tuyệt đối; ảnh chỉ được lấy từ thư mục của bài viết</translation>
    </message>
    <message>
        <source>it is outside the article&apos;s folder</source>
        <translation>ảnh nằm ngoài thư mục của bài viết</translation>
    </message>
    <message>
        <source>there is no such file beside the article</source>
        <translation>không có tệp này cạnh bài viết</translation>
    </message>
    <message>
        <source>Insert it in the window (Image in the toolbar) before sending the article.</source>
        <translation>Hãy chèn ảnh trong cửa sổ (nút Ảnh trên thanh công cụ) trước khi gửi bài.</translation>
    </message>
    <message>
        <source>its path cannot be followed ({error})</source>
        <translation>không lần theo được đường dẫn của ảnh ({error})</translation>
    </message>
    <message>
        <source>The photo {name} could not be copied into Newsdesk&apos;s photo folder: {error}</source>
        <translation>Không chép được ảnh {name} vào thư mục ảnh của Newsdesk: {error}</translation>
    </message>
    <message>
        <source>Check that the file can be read and the disk has room, then try again.</source>
        <translation>Hãy kiểm tra tệp có đọc được không và ổ đĩa còn chỗ trống, rồi thử lại.</translation>
    </message>
    <message>
        <source>Article {id} does not exist.</source>
        <translation>Không có bài viết số {id}.</translation>
    </message>
    <message>
        <source>Run `newsdesk list` to see the articles.</source>
        <translation>Chạy lệnh `newsdesk list` để xem danh sách bài viết.</translation>
    </message>
    <message>
        <source>Site {id} does not exist.</source>
        <translation>Không có trang số {id}.</translation>
    </message>
    <message>
        <source>Run `newsdesk site list` to see the sites.</source>
        <translation>Chạy lệnh `newsdesk site list` để xem danh sách trang.</translation>
    </message>
    <message>
        <source>Outbox item {id} does not exist.</source>
        <translation>Không có mục số {id} trong hàng chờ gửi.</translation>
    </message>
    <message>
        <source>It was removed with its article or site; queue the article again.</source>
        <translation>Mục này đã bị xóa cùng bài viết hoặc trang của nó; hãy đưa bài vào hàng chờ lần nữa.</translation>
    </message>
    <message>
        <source>A site named “{name}” already exists.</source>
        <translation>Đã có trang tên “{name}”.</translation>
    </message>
    <message>
        <source>Choose another name for this site.</source>
        <translation>Hãy đặt tên khác cho trang này.</translation>
    </message>
    <message>
        <source>An article with UUID {uuid} already exists.</source>
        <translation>Đã có bài viết mang mã UUID {uuid}.</translation>
    </message>
    <message>
        <source>Save the existing article instead of creating it again.</source>
        <translation>Hãy lưu bài đã có thay vì tạo lại.</translation>
    </message>
    <message>
        <source>changed since last sent</source>
        <translation>đã sửa sau lần gửi gần nhất</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Ghi chú đang trống.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Hãy viết ghi chú trước.</translation>
    </message>
    <message>
        <source>The article has no paragraph {number}.</source>
        <translation>Bài viết không có đoạn {number}.</translation>
    </message>
    <message>
        <source>Choose a paragraph that is in the article.</source>
        <translation>Hãy chọn một đoạn có trong bài.</translation>
    </message>
    <message>
        <source>The publication time is missing or already past.</source>
        <translation>Chưa có thời gian đăng, hoặc thời gian đó đã qua.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tít</translation>
    </message>
    <message>
        <source>sapo</source>
        <translation>sa-pô</translation>
    </message>
    <message>
        <source>body</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>category</source>
        <translation>chuyên mục</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>đường dẫn</translation>
    </message>
    <message>
        <source>source</source>
        <translation>nguồn</translation>
    </message>
    <message>
        <source>publication time</source>
        <translation>thời gian đăng</translation>
    </message>
    <message>
        <source>bylines</source>
        <translation>tác giả</translation>
    </message>
    <message>
        <source>featured photo</source>
        <translation>ảnh đại diện</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>thẻ</translation>
    </message>
    <message>
        <source>You and someone on the site both changed the same part of this article ({parts}).</source>
        <translation>Bạn và một người trên trang cùng sửa một phần của bài này ({parts}).</translation>
    </message>
    <message>
        <source>Open the article and choose which version to keep; both are kept until you do.</source>
        <translation>Hãy mở bài và chọn giữ bản nào; cả hai bản đều được lưu cho tới khi bạn chọn.</translation>
    </message>
    <message>
        <source>The article kept changing on the site while Newsdesk was sending it.</source>
        <translation>Bài liên tục bị sửa trên trang trong lúc Newsdesk đang gửi.</translation>
    </message>
    <message>
        <source>Newsdesk will try again at the next sync.</source>
        <translation>Newsdesk sẽ thử lại ở lần đồng bộ sau.</translation>
    </message>
    <message>
        <source>The photo {name} waits on “{site}” for an editor: your role may not upload photos, so it becomes the article&apos;s featured image when an editor approves the article.</source>
        <translation>Ảnh {name} đang chờ biên tập viên trên “{site}”: vai trò của bạn không được tải ảnh lên, nên ảnh sẽ thành ảnh đại diện của bài khi biên tập viên duyệt bài.</translation>
    </message>
    <message>
        <source>The photos {names} of the article&apos;s body wait on “{site}” for an editor: your role may not upload photos, so they go into the article when an editor approves it in Newsdesk.</source>
        <translation>Các ảnh {names} trong thân bài đang chờ biên tập viên trên “{site}”: vai trò của bạn không được tải ảnh lên, nên ảnh sẽ được đưa vào bài khi biên tập viên duyệt bài trong Newsdesk.</translation>
    </message>
    <message>
        <source>The featured photo {path} is no longer on this computer.</source>
        <translation>Ảnh đại diện {path} không còn trên máy này.</translation>
    </message>
    <message>
        <source>Choose the photo again or remove it from the article.</source>
        <translation>Hãy chọn lại ảnh hoặc bỏ ảnh khỏi bài.</translation>
    </message>
    <message>
        <source>Your role on “{site}” may not upload photos: the article went without its featured photo. Send the photo to your editor, who adds it when approving; or ask the site administrator to tick “Newsdesk reporters may upload photos” (Settings → Media, with the Newsdesk Bridge plugin), then submit the article again.</source>
        <translation>Vai trò của bạn trên “{site}” không được tải ảnh lên: bài đã được gửi mà không kèm ảnh đại diện. Hãy gửi ảnh cho biên tập viên để họ thêm vào khi duyệt bài; hoặc đề nghị người quản trị trang đánh dấu ô “Phóng viên dùng Newsdesk được tải ảnh lên” (Cài đặt → Media, cần có plugin Newsdesk Bridge), rồi gửi duyệt lại.</translation>
    </message>
    <message>
        <source>Your role on “{site}” may not upload photos: the article went without the photos in its body ({names}). Send them to your editor, or ask the site administrator to tick “Newsdesk reporters may upload photos” (Settings → Media, with the Newsdesk Bridge plugin), then submit the article again.</source>
        <translation>Vai trò của bạn trên “{site}” không được tải ảnh lên: bài đã được gửi mà không kèm các ảnh trong thân bài ({names}). Hãy gửi ảnh cho biên tập viên, hoặc đề nghị người quản trị trang đánh dấu ô “Phóng viên dùng Newsdesk được tải ảnh lên” (Cài đặt → Media, cần có plugin Newsdesk Bridge), rồi gửi duyệt lại.</translation>
    </message>
    <message>
        <source>“{title}” went without the photos {names} in its body: they are not on this computer. Insert them again (Image in the toolbar) and send the article again.</source>
        <translation>Bài “{title}” đã được gửi mà không kèm các ảnh {names} trong thân bài: các ảnh này không có trên máy này. Hãy chèn lại ảnh (nút Ảnh trên thanh công cụ) rồi gửi lại bài.</translation>
    </message>
    <message>
        <source>Choose a time at least two minutes from now and schedule it again.</source>
        <translation>Hãy chọn thời điểm cách bây giờ ít nhất hai phút rồi hẹn giờ lại.</translation>
    </message>
    <message>
        <source>The article&apos;s audit record kept changing on the site.</source>
        <translation>Nhật ký của bài liên tục thay đổi trên trang.</translation>
    </message>
    <message>
        <source>{user}: {move} was already recorded by someone else first; the article is as they left it.</source>
        <translation>{user}: việc {move} đã được người khác ghi nhận trước; bài viết được giữ nguyên như họ để lại.</translation>
    </message>
    <message>
        <source>The site would not record {move} in the article&apos;s history: {cause}</source>
        <translation>Trang không chịu ghi {move} vào nhật ký của bài: {cause}</translation>
    </message>
    <message>
        <source>The article has no title.</source>
        <translation>Bài viết chưa có tít.</translation>
    </message>
    <message>
        <source>Write a title, then submit the article again.</source>
        <translation>Hãy viết tít, rồi gửi duyệt lại.</translation>
    </message>
    <message>
        <source>The article has no body text.</source>
        <translation>Bài viết chưa có nội dung.</translation>
    </message>
    <message>
        <source>Write the article, then submit it again.</source>
        <translation>Hãy viết bài, rồi gửi duyệt lại.</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Site:</source>
        <translation>Trang:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Chuyên mục:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Thẻ:</translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation>Đường dẫn:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <source>Publish time:</source>
        <translation>Thời gian đăng:</translation>
    </message>
    <message>
        <source>The site the article goes to; its categories are offered</source>
        <translation>Trang sẽ nhận bài; các chuyên mục lấy từ trang này</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>web address of the article</source>
        <translation>địa chỉ web của bài viết</translation>
    </message>
    <message>
        <source>From title</source>
        <translation>Lấy từ tít</translation>
    </message>
    <message>
        <source>Make the slug from the title</source>
        <translation>Tạo đường dẫn từ tít bài</translation>
    </message>
    <message>
        <source>e.g. Theo TTXVN</source>
        <translation>ví dụ: Theo TTXVN</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Hẹn giờ</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>(no site yet: add one under Sites…)</source>
        <translation>(chưa có trang: thêm trong mục Các trang…)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>A note is needed: say what to change and why.</source>
        <translation>Cần có ghi chú: nói rõ cần sửa gì và vì sao.</translation>
    </message>
    <message>
        <source>The note is optional.</source>
        <translation>Ghi chú không bắt buộc.</translation>
    </message>
</context>
<context>
    <name>NotesCommands</name>
    <message>
        <source>Note kept; it goes out when you work online again.</source>
        <translation>Đã lưu ghi chú; ghi chú sẽ được gửi khi bạn làm việc trực tuyến trở lại.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Add &amp;note on this paragraph</source>
        <translation>Thêm ghi chú &amp;cho đoạn này</translation>
    </message>
    <message>
        <source>A note on the paragraph where the cursor is</source>
        <translation>Ghi chú cho đoạn đang đặt con trỏ</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>Trả &amp;lời</translation>
    </message>
    <message>
        <source>Answer the note chosen with its Reply link</source>
        <translation>Trả lời ghi chú đã chọn bằng liên kết Trả lời của nó</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Viết ghi chú…</translation>
    </message>
    <message>
        <source>No notes yet. Put the cursor in a paragraph, write a note below and add it. Notes go to everyone working on the article, never to readers.</source>
        <translation>Chưa có ghi chú. Đặt con trỏ vào một đoạn, viết ghi chú ở ô bên dưới rồi thêm vào. Ghi chú đến với mọi người cùng làm bài, không bao giờ hiện cho bạn đọc.</translation>
    </message>
    <message>
        <source>The whole article</source>
        <translation>Cả bài</translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>Đoạn {n}</translation>
    </message>
    <message>
        <source>On removed text</source>
        <translation>Trên phần đã xóa</translation>
    </message>
    <message>
        <source>Was: “{quote}”</source>
        <translation>Đoạn cũ: “{quote}”</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Reply to {who}: “{quote}”</source>
        <translation>Trả lời {who}: “{quote}”</translation>
    </message>
    <message>
        <source>The article has no paragraph to note yet.</source>
        <translation>Bài chưa có đoạn nào để ghi chú.</translation>
    </message>
    <message>
        <source>New note on paragraph {n}: “{quote}”</source>
        <translation>Ghi chú mới cho đoạn {n}: “{quote}”</translation>
    </message>
</context>
<context>
    <name>NotificationsButton</name>
    <message>
        <source>What happened to your articles and the review queue</source>
        <translation>Những gì đã xảy ra với bài của bạn và danh sách bài chờ duyệt</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>{n} tin mới</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>No subheadings yet. Lines that start with # or ## are listed here.</source>
        <translation>Bài chưa có trung đề. Các dòng bắt đầu bằng # hoặc ## sẽ hiện ở đây.</translation>
    </message>
</context>
<context>
    <name>ParagraphCounts</name>
    <message>
        <source>Paragraph: {words} words, {characters} characters</source>
        <translation>Đoạn: {words} chữ, {characters} ký tự</translation>
    </message>
    <message>
        <source>Counts of the paragraph the cursor is in</source>
        <translation>Số chữ và ký tự của đoạn có con trỏ</translation>
    </message>
</context>
<context>
    <name>PhotoCaptionDialog</name>
    <message>
        <source>Insert a photo</source>
        <translation>Chèn ảnh</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Chú thích:</translation>
    </message>
    <message>
        <source>Photo credit:</source>
        <translation>Tác giả ảnh:</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation>Nội dung bức ảnh</translation>
    </message>
    <message>
        <source>e.g. Thủy Phương</source>
        <translation>ví dụ: Thủy Phương</translation>
    </message>
</context>
<context>
    <name>PhotoInserter</name>
    <message>
        <source>Insert a picture</source>
        <translation>Chèn ảnh</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.gif *.webp);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The pasted picture could not be kept: {error}</source>
        <translation>Không lưu được ảnh vừa dán: {error}</translation>
    </message>
    <message>
        <source>Check that the disk has room, then paste again.</source>
        <translation>Hãy kiểm tra ổ đĩa còn chỗ trống, rồi dán lại.</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <source>“{name}” is not a picture Newsdesk can read ({problem}).</source>
        <translation>“{name}” không phải là ảnh Newsdesk đọc được ({problem}).</translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG, GIF or WebP file.</source>
        <translation>Hãy chọn một tệp JPEG, PNG, GIF hoặc WebP.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Choose an article, or start a new one, to see it as the portal shows it.</source>
        <translation>Chọn một bài viết, hoặc bắt đầu bài mới, để xem bài đúng như trên cổng thông tin.</translation>
    </message>
    <message>
        <source>This photo is not on this computer</source>
        <translation>Ảnh này không có trên máy này</translation>
    </message>
</context>
<context>
    <name>ProblemsIndicator</name>
    <message>
        <source>1 problem</source>
        <translation>1 sự cố</translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation>{n} sự cố</translation>
    </message>
    <message>
        <source>Show what went wrong with the sync and what to do</source>
        <translation>Xem lỗi đồng bộ và cách xử lý</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <source>Queue the article again and sync now</source>
        <translation>Đưa bài vào hàng chờ lần nữa và đồng bộ ngay</translation>
    </message>
    <message>
        <source>&amp;Open article</source>
        <translation>&amp;Mở bài</translation>
    </message>
    <message>
        <source>Show the article in the editor</source>
        <translation>Mở bài trong khung soạn thảo</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>So &amp;sánh…</translation>
    </message>
    <message>
        <source>See your version and the site&apos;s side by side and choose what to keep</source>
        <translation>Xem bản của bạn và bản trên trang cạnh nhau rồi chọn bản muốn giữ</translation>
    </message>
    <message>
        <source>Changed here and on the site in the same places. Compare the two versions and choose what to keep.</source>
        <translation>Bài được sửa cả ở đây và trên trang, tại cùng những chỗ. Hãy so sánh hai bản và chọn bản muốn giữ.</translation>
    </message>
    <message>
        <source>Will retry at the next sync. Last error: {error}</source>
        <translation>Sẽ thử lại ở lần đồng bộ sau. Lỗi gần nhất: {error}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tít)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>ReturnedBanner</name>
    <message>
        <source>{editor} returned this article on {time}:</source>
        <translation>{editor} đã trả bài này lúc {time}:</translation>
    </message>
    <message>
        <source>This article was returned to you:</source>
        <translation>Bài này đã bị trả lại cho bạn:</translation>
    </message>
    <message>
        <source>Revise it, then send it back to the editors.</source>
        <translation>Hãy sửa bài, rồi gửi lại cho biên tập viên.</translation>
    </message>
    <message>
        <source>The reporter revises it and sends it back; it then waits for review.</source>
        <translation>Phóng viên sửa bài rồi gửi lại; khi đó bài lại chờ duyệt.</translation>
    </message>
    <message>
        <source>Revise and &amp;resubmit…</source>
        <translation>Sửa và gửi &amp;lại…</translation>
    </message>
    <message>
        <source>You returned this article to the reporter on {time}:</source>
        <translation>Bạn đã trả bài này cho phóng viên lúc {time}:</translation>
    </message>
    <message>
        <source>{editor} returned this article to the reporter on {time}:</source>
        <translation>{editor} đã trả bài này cho phóng viên lúc {time}:</translation>
    </message>
    <message>
        <source>This article was returned to the reporter:</source>
        <translation>Bài này đã được trả lại cho phóng viên:</translation>
    </message>
    <message>
        <source>(The editor left no note.)</source>
        <translation>(Biên tập viên không để lại ghi chú.)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review queue</source>
        <translation>Bài chờ duyệt</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Trang:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tít</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Length of the text in words (chữ: syllables, as the newsroom counts)</source>
        <translation>Độ dài nội dung tính bằng chữ (âm tiết, như tòa soạn vẫn đếm)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>None of your sites lets you review: only editors see the queue.</source>
        <translation>Bạn chưa có quyền duyệt bài trên trang nào: chỉ biên tập viên mới xem được bài chờ duyệt.</translation>
    </message>
    <message>
        <source>Reading the queue from “{site}”…</source>
        <translation>Đang tải danh sách bài chờ duyệt từ “{site}”…</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>{n} chữ</translation>
    </message>
    <message>
        <source>{n} articles wait for review.</source>
        <translation>Có {n} bài chờ duyệt.</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Không có bài nào chờ duyệt.</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} ngày {h} giờ</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} giờ {m} phút</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} phút</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Chuyên mục:</translation>
    </message>
    <message>
        <source>Filter by title or reporter</source>
        <translation>Lọc theo tít hoặc phóng viên</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Phóng viên</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Độ dài</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đã chờ</translation>
    </message>
    <message>
        <source>When it was submitted, in Vietnam time</source>
        <translation>Thời điểm gửi duyệt, theo giờ Việt Nam</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tất cả chuyên mục</translation>
    </message>
    <message>
        <source>Bring the article here to edit and review it</source>
        <translation>Tải bài về máy này để biên tập và duyệt</translation>
    </message>
    <message>
        <source>{title}
{n} photo(s) from the reporter wait for your approval: open the article to see them; approving it here puts them in.</source>
        <translation>{title}
{n} ảnh của phóng viên đang chờ bạn duyệt: mở bài để xem; duyệt bài tại đây sẽ đưa ảnh vào bài.</translation>
    </message>
    <message>
        <source>{shown} of {n} articles waiting for review are shown.</source>
        <translation>Đang hiện {shown} trong số {n} bài chờ duyệt.</translation>
    </message>
    <message>
        <source>Opening “{title}”…</source>
        <translation>Đang mở “{title}”…</translation>
    </message>
    <message>
        <source>Opened “{title}”.</source>
        <translation>Đã mở “{title}”.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule publication</source>
        <translation>Hẹn giờ đăng bài</translation>
    </message>
    <message>
        <source>When should “{title}” appear on the site?</source>
        <translation>Bài “{title}” sẽ lên trang lúc nào?</translation>
    </message>
    <message>
        <source>Vietnam time (Asia/Ho_Chi_Minh, UTC+7)</source>
        <translation>Giờ Việt Nam (Asia/Ho_Chi_Minh, UTC+7)</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Hẹn giờ</translation>
    </message>
    <message>
        <source>{time} is already past or too close (it is now {now} in Vietnam). Choose a time at least two minutes from now, or use Publish now.</source>
        <translation>{time} đã qua hoặc quá gần (bây giờ là {now} giờ Việt Nam). Hãy chọn thời điểm cách bây giờ ít nhất hai phút, hoặc dùng Xuất bản ngay.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Theo ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>Đồng &amp;bộ mỗi:</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>&amp;Phông chữ khi soạn:</translation>
    </message>
    <message>
        <source>Default size</source>
        <translation>Cỡ mặc định</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Typography as you type (Ctrl+Z takes one back)</source>
        <translation>Tự sửa dấu câu khi gõ (Ctrl+Z trả lại từng chỗ sửa)</translation>
    </message>
    <message>
        <source>Curly quotes “…” ‘…’ and the apostrophe ’</source>
        <translation>Ngoặc kép cong “…”, ngoặc đơn ‘…’ và dấu nháy ’</translation>
    </message>
    <message>
        <source>An en dash between words ( - becomes – )</source>
        <translation>Gạch ngang giữa hai từ ( - thành – )</translation>
    </message>
    <message>
        <source>Three dots become an ellipsis (…)</source>
        <translation>Ba dấu chấm thành dấu chấm lửng (…)</translation>
    </message>
    <message>
        <source>No-break space before units (15 km, 20 %)</source>
        <translation>Khoảng trắng không ngắt dòng trước đơn vị (15 km, 20 %)</translation>
    </message>
    <message>
        <source>No-break space in dates (ngày 25/12)</source>
        <translation>Khoảng trắng không ngắt dòng trong ngày tháng (ngày 25/12)</translation>
    </message>
    <message>
        <source>A new language takes effect at once, no restart needed.</source>
        <translation>Ngôn ngữ mới có hiệu lực ngay, không cần khởi động lại.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Tác dụng</translation>
    </message>
    <message>
        <source>Formatting the text</source>
        <translation>Định dạng chữ</translation>
    </message>
    <message>
        <source>Lists, quotes and undo</source>
        <translation>Danh sách, trích dẫn và hoàn tác</translation>
    </message>
    <message>
        <source>In a list or a quote: start the next item (1. is followed by 2.) or quoted line</source>
        <translation>Trong danh sách hoặc trích dẫn: bắt đầu mục mới (sau 1. là 2.) hoặc dòng trích dẫn mới</translation>
    </message>
    <message>
        <source>On an empty item: end the list and start a new paragraph</source>
        <translation>Ở một mục còn trống: kết thúc danh sách và bắt đầu đoạn mới</translation>
    </message>
    <message>
        <source>In a list: move the item one level in</source>
        <translation>Trong danh sách: lùi mục vào một cấp</translation>
    </message>
    <message>
        <source>In a list: move the item one level out</source>
        <translation>Trong danh sách: đưa mục ra một cấp</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Hoàn tác thay đổi gần nhất</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Làm lại thao tác vừa hoàn tác</translation>
    </message>
    <message>
        <source>Articles and the window</source>
        <translation>Bài viết và cửa sổ</translation>
    </message>
</context>
<context>
    <name>SiteRights</name>
    <message>
        <source>create</source>
        <translation>tạo bài</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>sửa bài</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>duyệt bài</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>đăng bài</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>xóa bài</translation>
    </message>
    <message>
        <source>You have no rights in any category of the news module.</source>
        <translation>Bạn không có quyền ở chuyên mục nào của module tin tức.</translation>
    </message>
    <message>
        <source>no rights</source>
        <translation>không có quyền</translation>
    </message>
    <message>
        <source>Your rights in the news module, per category:</source>
        <translation>Quyền của bạn trong module tin tức, theo chuyên mục:</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>Sites</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Your sites</source>
        <translation>Các trang của bạn</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kiểm tra &amp;lại</translation>
    </message>
    <message>
        <source>Test the connection and read the site&apos;s roles and categories again</source>
        <translation>Kiểm tra kết nối và đọc lại vai trò, chuyên mục của trang</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Thêm trang</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>Application &amp;Password:</source>
        <translation>&amp;Mật khẩu ứng dụng:</translation>
    </message>
    <message>
        <source>a short name, e.g. portal</source>
        <translation>tên ngắn gọn, ví dụ: cong-thong-tin</translation>
    </message>
    <message>
        <source>Made in WordPress under Users → Profile → Application Passwords</source>
        <translation>Tạo trong WordPress tại Thành viên → Hồ sơ → Mật khẩu ứng dụng</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Kiểm tra &amp;kết nối</translation>
    </message>
    <message>
        <source>Find out from the address</source>
        <translation>Tự nhận biết từ địa chỉ</translation>
    </message>
    <message>
        <source>A&amp;dd site</source>
        <translation>Thêm t&amp;rang</translation>
    </message>
    <message>
        <source>No keyring service: the password is kept only until Newsdesk closes.</source>
        <translation>Máy không có dịch vụ lưu mật khẩu (keyring): mật khẩu chỉ được giữ cho tới khi đóng Newsdesk.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Khóa truy &amp;cập API:</translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation>Mã &amp;bí mật API:</translation>
    </message>
    <message>
        <source>The API key the portal&apos;s administrator made for you in NukeViet&apos;s administration (Administrators → API Credential)</source>
        <translation>Khóa truy cập API do quản trị viên cổng thông tin tạo cho bạn trong trang quản trị NukeViet (Quản trị → Quyền truy cập API)</translation>
    </message>
    <message>
        <source>Given with the API key; Newsdesk keeps it in the keyring only</source>
        <translation>Được cấp cùng khóa truy cập API; Newsdesk chỉ lưu mã này trong kho mật khẩu (keyring) của máy</translation>
    </message>
    <message>
        <source>&amp;Software:</source>
        <translation>&amp;Hệ thống:</translation>
    </message>
    <message>
        <source>found: {kind}</source>
        <translation>đã nhận biết: {kind}</translation>
    </message>
    <message>
        <source>{user} (NukeViet): {desk_role}; {count} categories</source>
        <translation>{user} (NukeViet): {desk_role}; {count} chuyên mục</translation>
    </message>
    <message>
        <source>{user} ({roles}): {desk_role}; {count} categories</source>
        <translation>{user} ({roles}): {desk_role}; {count} chuyên mục</translation>
    </message>
    <message>
        <source>The connection failed: {error}</source>
        <translation>Kết nối không thành công: {error}</translation>
    </message>
    <message>
        <source>The site gives another address</source>
        <translation>Trang web báo một địa chỉ khác</translation>
    </message>
    <message>
        <source>Send your API key and secret to {address}?</source>
        <translation>Gửi khóa truy cập và mã bí mật API của bạn đến {address}?</translation>
    </message>
    <message>
        <source>Send your user name and password to {address}?</source>
        <translation>Gửi tên đăng nhập và mật khẩu của bạn đến {address}?</translation>
    </message>
    <message>
        <source>That address is not encrypted: you typed an https:// address, and the password would travel in clear text.</source>
        <translation>Địa chỉ đó không mã hóa: bạn đã nhập địa chỉ https://, còn mật khẩu sẽ được gửi đi dạng văn bản thường.</translation>
    </message>
    <message>
        <source>Connected to NukeViet as &lt;b&gt;{name}&lt;/b&gt;: {desk_role}; {count} categories.</source>
        <translation>Đã kết nối với NukeViet bằng tài khoản &lt;b&gt;{name}&lt;/b&gt;: {desk_role}; {count} chuyên mục.</translation>
    </message>
    <message>
        <source>Connected as &lt;b&gt;{name}&lt;/b&gt; ({roles}): {desk_role}; {count} categories.</source>
        <translation>Đã kết nối với tài khoản &lt;b&gt;{name}&lt;/b&gt; ({roles}): {desk_role}; {count} chuyên mục.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>Đã thêm “{name}”.</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Gỡ bỏ trang</translation>
    </message>
    <message>
        <source>Forget the site “{name}” and its password on this computer? Nothing is deleted on the site.</source>
        <translation>Gỡ trang “{name}” và mật khẩu của nó khỏi máy này? Trên trang không có gì bị xóa.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synced at {time}: {sent} sent, {updated} updated from the site</source>
        <translation>Đã đồng bộ lúc {time}: gửi {sent} bài, cập nhật {updated} bài từ trang</translation>
    </message>
    <message>
        <source>, {n} waiting for the site</source>
        <translation>, {n} bài chờ trang phản hồi</translation>
    </message>
    <message>
        <source>, {n} failed (see the list)</source>
        <translation>, {n} bài lỗi (xem danh sách)</translation>
    </message>
    <message>
        <source>, stopped</source>
        <translation>, đã dừng</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop the sync; what is not sent yet stays queued for the next one</source>
        <translation>Dừng đồng bộ; những gì chưa gửi vẫn nằm trong hàng chờ cho lần sau</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Insert a table</source>
        <translation>Chèn bảng</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>Số &amp;cột:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>Số &amp;dòng:</translation>
    </message>
    <message>
        <source>First row is a &amp;header (column names)</source>
        <translation>Dòng đầu là dòng &amp;tiêu đề (tên các cột)</translation>
    </message>
    <message>
        <source>Rows under the header row</source>
        <translation>Số dòng bên dưới dòng tiêu đề</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Cột {n}</translation>
    </message>
</context>
<context>
    <name>VietnamTimeEdit</name>
    <message>
        <source>Vietnam time (Asia/Ho_Chi_Minh, UTC+7)</source>
        <translation>Giờ Việt Nam (Asia/Ho_Chi_Minh, UTC+7)</translation>
    </message>
</context>
<context>
    <name>WebPhotoFetcher</name>
    <message>
        <source>Some pictures pasted from the web could not be downloaded; the article still shows them from their web address:</source>
        <translation>Một số ảnh dán từ trang web không tải về được; bài vẫn hiện các ảnh này từ địa chỉ web của chúng:</translation>
    </message>
    <message>
        <source>Download each picture from the web page, then drop it into the article (or insert it with Image in the toolbar) in place of its address.</source>
        <translation>Hãy tải từng ảnh từ trang web về máy, rồi thả ảnh vào bài (hoặc chèn bằng nút Ảnh trên thanh công cụ) thay cho địa chỉ của nó.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Cần sửa</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Hẹn giờ đăng</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã xuất bản</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Đã đính chính</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Đã gỡ</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Chỉ trên máy</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>editor (can publish)</source>
        <translation>biên tập viên (được xuất bản)</translation>
    </message>
    <message>
        <source>reporter (submits for review)</source>
        <translation>phóng viên (gửi bài chờ duyệt)</translation>
    </message>
    <message>
        <source>no writing rights</source>
        <translation>không có quyền viết bài</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tít</translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation>Sa-pô</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation>Thời gian đăng</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Ảnh đại diện</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Gửi duyệt</translation>
    </message>
    <message>
        <source>Returned to the reporter</source>
        <translation>Trả bài cho phóng viên</translation>
    </message>
    <message>
        <source>Correction published</source>
        <translation>Đăng bản đính chính</translation>
    </message>
    <message>
        <source>Entry {n} does not follow the entry before it: an entry was removed or moved.</source>
        <translation>Mục {n} không nối tiếp mục trước nó: có mục đã bị xóa hoặc đổi chỗ.</translation>
    </message>
    <message>
        <source>Entry {n} was changed after it was recorded.</source>
        <translation>Mục {n} đã bị sửa sau khi được ghi.</translation>
    </message>
    <message>
        <source>Entry {n} {reason}.</source>
        <translation>Mục {n}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>There is no site to send the article to.</source>
        <translation>Chưa có trang nào để gửi bài.</translation>
    </message>
    <message>
        <source>Add your site under Sites…, then try again.</source>
        <translation>Hãy thêm trang trong mục Các trang…, rồi thử lại.</translation>
    </message>
    <message>
        <source>Choose the site</source>
        <translation>Chọn trang</translation>
    </message>
    <message>
        <source>Send the article to:</source>
        <translation>Gửi bài viết lên:</translation>
    </message>
</context>
<context>
    <name>WorkflowCommands</name>
    <message>
        <source>Submit again</source>
        <translation>Gửi duyệt lại</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Gửi duyệt</translation>
    </message>
    <message>
        <source>“{title}” goes to the editors of “{site}”. A note for them (optional), e.g. what you changed:</source>
        <translation>Bài “{title}” sẽ được gửi tới biên tập viên của “{site}”. Ghi chú cho họ (không bắt buộc), ví dụ bạn đã sửa những gì:</translation>
    </message>
    <message>
        <source>“{title}” goes to the editors of “{site}”. A note for them (optional):</source>
        <translation>Bài “{title}” sẽ được gửi tới biên tập viên của “{site}”. Ghi chú cho họ (không bắt buộc):</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <source>“{title}” is on no site yet.</source>
        <translation>Bài “{title}” chưa có trên trang nào.</translation>
    </message>
    <message>
        <source>Add your site under Sites…, then try again.</source>
        <translation>Hãy thêm trang trong mục Các trang…, rồi thử lại.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tít)</translation>
    </message>
    <message>
        <source>Return to the reporter</source>
        <translation>Trả bài cho phóng viên</translation>
    </message>
    <message>
        <source>Why is “{title}” going back? The reporter sees this note:</source>
        <translation>Vì sao trả bài “{title}”? Phóng viên sẽ thấy ghi chú này:</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Trả bài</translation>
    </message>
    <message>
        <source>Publish a correction</source>
        <translation>Đăng bản đính chính</translation>
    </message>
    <message>
        <source>The corrected “{title}” replaces the published one; the earlier version is kept. What was corrected (kept in the record):</source>
        <translation>Bản đính chính của “{title}” sẽ thay bản đã đăng; bản trước vẫn được lưu. Đã đính chính những gì (được ghi vào nhật ký):</translation>
    </message>
    <message>
        <source>&amp;Publish correction</source>
        <translation>&amp;Đăng bản đính chính</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Xuất bản ngay</translation>
    </message>
    <message>
        <source>Publish “{title}” on “{site}” now? Readers see it at once.</source>
        <translation>Đăng bài “{title}” lên “{site}” ngay bây giờ? Bạn đọc sẽ thấy bài ngay.</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Ngừng đăng</translation>
    </message>
    <message>
        <source>Take “{title}” off “{site}”? Readers no longer see it; it stays here and in the record.</source>
        <translation>Gỡ bài “{title}” khỏi “{site}”? Bạn đọc sẽ không còn thấy bài; bài vẫn còn trên máy này và trong nhật ký.</translation>
    </message>
    <message>
        <source>Done here; it goes to “{site}” when you work online again.</source>
        <translation>Đã xong trên máy này; sẽ được gửi lên “{site}” khi bạn làm việc trực tuyến trở lại.</translation>
    </message>
    <message>
        <source>Sending to “{site}”…</source>
        <translation>Đang gửi lên “{site}”…</translation>
    </message>
    <message>
        <source>The site did not accept “{title}”: {move} was refused.</source>
        <translation>Trang không chấp nhận bài “{title}”: việc {move} bị từ chối.</translation>
    </message>
    <message>
        <source>the submission</source>
        <translation>gửi duyệt</translation>
    </message>
    <message>
        <source>returning it</source>
        <translation>trả bài</translation>
    </message>
    <message>
        <source>the approval</source>
        <translation>duyệt bài</translation>
    </message>
    <message>
        <source>scheduling it</source>
        <translation>hẹn giờ đăng</translation>
    </message>
    <message>
        <source>publishing it</source>
        <translation>xuất bản</translation>
    </message>
    <message>
        <source>unpublishing it</source>
        <translation>gỡ bài</translation>
    </message>
    <message>
        <source>the correction</source>
        <translation>đăng bản đính chính</translation>
    </message>
</context>
</TS>
