namespace PublicPortal.Web.Features.Staff;

/// <summary>
/// `dotnet PublicPortal.Web.dll create-admin --email a@b.gov.cn --name 张三` creates the first administrator. The password
/// comes from PORTAL_ADMIN_PASSWORD or is typed twice at the prompt (not echoed); there is no default password. The
/// administrator binds an authenticator app at first sign-in.
/// </summary>
public static class CreateAdminCommand
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "create-admin";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var email = Arg("--email");
        var name = Arg("--name") ?? "系统管理员";
        if (string.IsNullOrWhiteSpace(email))
        {
            Console.Error.WriteLine("用法：create-admin --email <邮箱> [--name <姓名>]（密码取自环境变量 PORTAL_ADMIN_PASSWORD，或在提示时输入）");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable("PORTAL_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            if (Console.IsInputRedirected)
            {
                Console.Error.WriteLine("未设置 PORTAL_ADMIN_PASSWORD，且无法交互输入密码。");
                return 2;
            }
            password = ReadSecret("密码：");
            if (ReadSecret("再次输入密码：") != password)
            {
                Console.Error.WriteLine("两次输入的密码不一致。");
                return 1;
            }
        }
        using var scope = services.CreateScope();
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(email.Trim(), name, password, StaffRoles.Admin, departmentId: null);
        if (user is null)
        {
            Console.Error.WriteLine("未能创建管理员：" + string.Join(" ", errors));
            return 1;
        }
        Console.WriteLine($"已创建系统管理员 {user.Email}。首次登录时须绑定身份验证器。");
        return 0;
    }

    private static string ReadSecret(string prompt)
    {
        Console.Write(prompt);
        var chars = new List<char>();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (chars.Count > 0) chars.RemoveAt(chars.Count - 1); }
            else if (!char.IsControl(key.KeyChar)) chars.Add(key.KeyChar);
        }
        Console.WriteLine();
        return new string(chars.ToArray());
    }
}
