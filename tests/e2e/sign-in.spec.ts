import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { expect, test } from "./fixtures";

const HOME: Record<string, { url: RegExp; heading: RegExp }> = {
  ADMIN: { url: /\/admin$/, heading: /Администрирование платформы/ },
  REGIONAL_COORDINATOR: { url: /\/region\/[^/]+$/, heading: /Оренбургская область/ },
  MUNICIPAL_CURATOR: { url: /\/municipality\/[^/]+$/, heading: /г\. Орск/ },
  SCHOOL_CURATOR: { url: /\/school\/[^/]+$/, heading: /СОШ №51/ },
  MENTOR: { url: /\/my$/, heading: /Мои пары и группы/ },
  MENTEE: { url: /\/my$/, heading: /Мой план и мой наставник/ },
};

for (const account of DEMO_ACCOUNTS) {
  test(`${account.role}: signs in through the form and lands in their own workspace`, async ({ page, checkAccessibility }) => {
    await page.goto("/login");
    await checkAccessibility();
    await page.getByLabel("Электронная почта").fill(account.email);
    await page.getByLabel("Пароль").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page).toHaveURL(HOME[account.role].url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOME[account.role].heading);
    await expect(page.getByText(account.fullName).first()).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/home-${account.role.toLowerCase()}.png`, fullPage: true });
    await checkAccessibility();

    await page.getByRole("button", { name: "Выйти" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);
    await expect(page.getByText("Вы вышли из платформы.")).toBeVisible();
    // The old session is over: the workspace sends back to the sign-in page.
    await page.goto("/home");
    await expect(page).toHaveURL(/\/login/);
  });
}

test("a wrong password and an unknown e-mail get the same answer, next to the form", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Электронная почта").fill("curator@nastavnik.example");
  await page.getByLabel("Пароль").fill("не тот пароль");
  await page.getByRole("button", { name: "Войти" }).click();
  const formAlert = page.locator("form").getByRole("alert");
  await expect(formAlert).toHaveText("Неверный адрес электронной почты или пароль.");

  await page.getByLabel("Электронная почта").fill("nobody@nastavnik.example");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(formAlert).toHaveText("Неверный адрес электронной почты или пароль.");
});

test("an empty form is explained field by field in Russian", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByText("Введите адрес электронной почты", { exact: true })).toBeVisible();
  await expect(page.getByText("Введите пароль", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Электронная почта")).toHaveAttribute("aria-invalid", "true");
});

test("«Забыли пароль?» on a platform without a mail server says where the letter goes instead of «check your spam»", async ({ page, checkAccessibility }) => {
  test.skip(Boolean(process.env.SMTP_URL), "this server sends mail");
  await page.goto("/login");
  await page.getByRole("link", { name: "Забыли пароль?" }).click();
  await expect(page.getByRole("heading", { name: "Восстановление пароля" })).toBeVisible();
  await expect(page.getByText(/ещё не настроена отправка почты/)).toBeVisible();
  await checkAccessibility();
  await page.getByLabel("Электронная почта").fill("curator@nastavnik.example");
  await page.getByRole("button", { name: "Получить ссылку" }).click();
  const answer = page.getByRole("status").filter({ hasText: "Ссылка действует 2 часа" });
  await expect(answer).toContainText("сохранится на сервере у администратора платформы");
  await expect(answer).not.toContainText("Спам");
});
