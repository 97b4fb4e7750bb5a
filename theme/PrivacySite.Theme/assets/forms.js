// Progressive enhancement of the request and complaint forms. Without this script a form posts
// normally and the intake service answers with a full page. With it, the form is sent as JSON:
// the service's messages appear beside the fields without a reload, the button shows progress and
// ignores a second press, and when the service cannot be reached everything typed stays on the page
// with the same idempotency token, so sending again can never store the form twice.
// With files chosen in the request form's file input, the form goes as multipart/form-data instead, with a
// progress bar while it uploads; each file is checked against the input's limits when chosen, with a message per file.
// Every word shown comes from the form's data-* attributes (content/forms/pages.yaml, messages.yaml).
(() => {
  "use strict";

  const TIMEOUT_MS = 30000;
  // Five files of 10 MB on a slow phone connection.
  const UPLOAD_TIMEOUT_MS = 600000;
  const ACCEPTED_TYPES = ["application/pdf", "image/jpeg", "image/png"];
  const TEXT_INPUTS = "input[type=text], input[type=email], input[type=tel], textarea";

  const newToken = () => {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  };

  // The form's fields as the JSON the service reads: one value as a string, several as an array.
  const bodyOf = (form) => {
    const body = {};
    for (const [name, value] of new FormData(form)) {
      // An empty file input (files go as multipart/form-data instead, see sendWithFiles).
      if (value instanceof File) {
        continue;
      }
      if (!(name in body)) {
        body[name] = value;
      } else if (Array.isArray(body[name])) {
        body[name].push(value);
      } else {
        body[name] = [body[name], value];
      }
    }
    return JSON.stringify(body);
  };

  const describedByTarget = (wrapper) => wrapper.querySelector("fieldset") || wrapper.querySelector(TEXT_INPUTS) || wrapper.querySelector("input[type=file]");

  // The problems the service would find first, file by file, so they can be fixed before anything is sent.
  // The type here is only what the device declares: the service decides from the bytes.
  const fileProblems = (upload, files) => {
    const limits = upload.dataset;
    return Array.from(files, (file, i) => {
      if (i >= Number(limits.maxFiles)) {
        return limits.tooMany;
      }
      if (file.size > Number(limits.maxBytes)) {
        return limits.tooLarge;
      }
      return ACCEPTED_TYPES.includes(file.type) ? null : limits.wrongType;
    });
  };

  // The chosen files listed under the input, each with its problem if it has one.
  const listFiles = (upload, input) => {
    const list = upload.querySelector(".upload__files");
    const problems = fileProblems(upload, input.files);
    list.replaceChildren(...Array.from(input.files, (file, i) => {
      const item = document.createElement("li");
      item.textContent = problems[i] ? `${file.name}: ${problems[i]}` : file.name;
      if (problems[i]) {
        item.className = "field__error";
      }
      return item;
    }));
    return problems.filter(Boolean);
  };

  const setDescribedBy = (element, id, add) => {
    const ids = (element.getAttribute("aria-describedby") || "").split(" ").filter((t) => t && t !== id);
    if (add) {
      ids.push(id);
    }
    if (ids.length > 0) {
      element.setAttribute("aria-describedby", ids.join(" "));
    } else {
      element.removeAttribute("aria-describedby");
    }
  };

  function enhance(form) {
    const data = form.dataset;
    const token = form.elements.namedItem("idempotency_token");
    const button = form.querySelector("button[type=submit]");
    const buttonLabel = button.textContent;
    const status = form.querySelector("[role=status]");
    const problem = form.querySelector(".form-problem");
    const summary = document.querySelector(".error-summary");
    const summaryList = summary.querySelector("ul");
    const language = document.documentElement.lang === "en" ? "en" : "ja";
    const baseTitle = document.title;
    let busy = false;

    if (!token.value) {
      token.value = newToken();
    }

    const setBusy = (on) => {
      busy = on;
      button.textContent = on ? data.sending : buttonLabel;
      if (on) {
        button.setAttribute("aria-disabled", "true");
      } else {
        button.removeAttribute("aria-disabled");
      }
      status.textContent = on ? data.sending : "";
    };

    const clearMessages = () => {
      problem.hidden = true;
      problem.replaceChildren();
      summary.hidden = true;
      summaryList.replaceChildren();
      document.title = baseTitle;
      for (const message of form.querySelectorAll(".field__error")) {
        const wrapper = message.closest("[data-field]");
        wrapper.classList.remove("field--error");
        setDescribedBy(describedByTarget(wrapper), message.id, false);
        for (const input of wrapper.querySelectorAll(TEXT_INPUTS)) {
          input.removeAttribute("aria-invalid");
        }
        message.remove();
      }
    };

    // Beside the field, where the service's own error page puts it: after the label, hint and reason.
    // The inputs an error is about, as the service's own page marks them: the one named, or, when nothing
    // was filled in, every part of the field that is not optional (never the building line or a correct part).
    const invalidInputs = (wrapper, input, code) => code === "required"
      ? [...wrapper.querySelectorAll(TEXT_INPUTS)].filter((i) => !i.closest(".field__part")?.querySelector(".field__optional"))
      : [input].filter((i) => i.matches(TEXT_INPUTS));

    const showBesideField = (wrapper, text, invalid) => {
      const message = document.createElement("p");
      message.id = wrapper.dataset.field + "-error";
      message.className = "field__error";
      const prefix = document.createElement("span");
      prefix.className = "visually-hidden";
      prefix.textContent = data.errorPrefix;
      message.append(prefix, text);
      const help = wrapper.querySelectorAll(".field__label, .field__hint, .field__why");
      help[help.length - 1].after(message);
      wrapper.classList.add("field--error");
      setDescribedBy(describedByTarget(wrapper), message.id, true);
      for (const input of invalid) {
        input.setAttribute("aria-invalid", "true");
      }
    };

    const showErrors = (errors) => {
      for (const error of errors) {
        const text = error.message[language];
        const input = error.field ? form.querySelector(`[name="${CSS.escape(error.field)}"]`) : null;
        const wrapper = input && input.closest("[data-field]");
        if (wrapper && !wrapper.classList.contains("field--error")) {
          showBesideField(wrapper, text, invalidInputs(wrapper, input, error.code));
        }
        const link = document.createElement("a");
        link.href = "#" + (input ? input.id : "main");
        link.textContent = text;
        const item = document.createElement("li");
        item.append(link);
        summaryList.append(item);
      }
      document.title = data.errorPrefix + baseTitle;
      summary.hidden = false;
      summary.focus();
    };

    const showProblem = (kind) => {
      const heading = document.createElement("h2");
      heading.className = "form-problem__title";
      heading.textContent = data[kind + "Title"];
      const body = document.createElement("p");
      body.textContent = data[kind + "Body"];
      problem.replaceChildren(heading, body);
      problem.hidden = false;
      problem.focus();
    };

    // The status page's code goes to the receipt as a form post (never in the address): the service keeps it
    // in the receipt's own cookie and sends the browser on to the receipt, which shows it.
    const handOver = (receipt) => {
      const post = document.createElement("form");
      post.method = "post";
      post.action = data.receiptUrl.split("?")[0];
      post.hidden = true;
      for (const [name, value] of [["reference", receipt.reference], ["code", receipt.statusCode]]) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = value;
        post.append(input);
      }
      document.body.append(post);
      post.submit();
    };

    const upload = form.querySelector(".upload");
    const fileInput = upload && upload.querySelector("input[type=file]");
    const progress = upload && upload.querySelector("progress");
    if (fileInput) {
      fileInput.addEventListener("change", () => listFiles(upload, fileInput));
    }

    // XMLHttpRequest rather than fetch: only it reports how much of the body has gone.
    const sendWithFiles = () => new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.setRequestHeader("Accept", "application/json");
      request.timeout = UPLOAD_TIMEOUT_MS;
      progress.value = 0;
      progress.hidden = false;
      progress.previousElementSibling.hidden = false;
      request.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable) {
          progress.value = Math.round((event.loaded * 100) / event.total);
        }
      });
      const done = () => {
        progress.hidden = true;
        progress.previousElementSibling.hidden = true;
      };
      request.addEventListener("load", () => {
        done();
        resolve({ status: request.status, json: async () => JSON.parse(request.responseText) });
      });
      for (const failure of ["error", "timeout", "abort"]) {
        request.addEventListener(failure, () => {
          done();
          reject(new Error(failure));
        });
      }
      request.send(new FormData(form));
    });

    const send = async () => {
      if (fileInput && fileInput.files.length > 0) {
        return sendWithFiles();
      }
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
      try {
        return await fetch(form.action, {
          method: "POST",
          headers: { "Accept": "application/json", "Content-Type": "application/json" },
          body: bodyOf(form),
          signal: abort.signal,
        });
      } finally {
        clearTimeout(timer);
      }
    };

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (busy) {
        return;
      }
      clearMessages();
      const chosen = fileInput ? listFiles(upload, fileInput) : [];
      if (chosen.length > 0) {
        showErrors([...new Set(chosen)].map((text) => ({ field: fileInput.name, code: "file", message: { ja: text, en: text } })));
        return;
      }
      setBusy(true);
      let response;
      try {
        response = await send();
      } catch {
        // Offline, nothing was sent. Otherwise (refused, cut off, timed out) it may have arrived: a retry
        // with the same token is then answered with the reference already given, never stored twice.
        setBusy(false);
        showProblem(navigator.onLine === false ? "offline" : "noAnswer");
        return;
      }

      if (response.status === 201) {
        const receipt = await response.json();
        // A later, deliberate submission from this page (after going back) is a new one.
        token.value = newToken();
        if (receipt.statusCode) {
          handOver(receipt);
        } else {
          window.location.assign(data.receiptUrl + encodeURIComponent(receipt.reference));
        }
        return;
      }

      setBusy(false);
      if (response.status === 400) {
        showErrors((await response.json()).errors);
      } else {
        showProblem(response.status === 429 ? "tooMany" : "unavailable");
      }
    });

    // Coming back to the page from the receipt (back/forward cache): the button works again.
    window.addEventListener("pageshow", (event) => {
      if (event.persisted) {
        setBusy(false);
      }
    });

    // A summary link moves focus into the field itself, with its label in view.
    summary.addEventListener("click", (event) => {
      const link = event.target.closest("a");
      const target = link && document.getElementById(link.hash.slice(1));
      if (target && target !== document.getElementById("main")) {
        event.preventDefault();
        const wrapper = target.closest("[data-field]");
        (wrapper || target).scrollIntoView();
        target.focus({ preventScroll: true });
      }
    });
  }

  // Postcode to address, when the society turned it on (data-postcodes): seven digits, full- or half-width, with or
  // without a hyphen or 〒, fill the prefecture and city, and the town where the code names one, from the site's own
  // data (a file per first three digits). A part the member typed is never replaced, and typing by hand always works.
  function lookUpPostcodes(form) {
    const data = form.dataset;
    const postcode = form.elements.namedItem("postal_code");
    if (!data.postcodes || !postcode) {
      return;
    }
    const parts = ["address_prefecture", "address_city", "address_street"].map((name) => form.elements.namedItem(name));
    const status = form.querySelector("[role=status]");
    const chunks = new Map();
    let asked = "";
    postcode.addEventListener("input", async () => {
      const digits = postcode.value.normalize("NFKC").replace(/[〒\s\-‐−ー]/g, "");
      if (!/^\d{7}$/.test(digits) || digits === asked) {
        return;
      }
      asked = digits;
      const key = digits.slice(0, 3);
      if (!chunks.has(key)) {
        chunks.set(key, fetch(data.postcodes + key + ".json", { credentials: "same-origin" })
          .then((response) => (response.ok ? response.json() : null))
          .catch(() => null));
      }
      const chunk = await chunks.get(key);
      const entry = chunk && chunk.codes[digits.slice(3)];
      if (!entry || asked !== digits) {
        return;
      }
      const [prefecture, city] = chunk.places[entry[0]];
      const values = [prefecture, city, entry[1] || ""];
      let filled = false;
      parts.forEach((input, i) => {
        // Empty, or still what an earlier code filled in: never a part the member typed.
        if (input && values[i] && (input.value.trim() === "" || input.value === input.dataset.filled)) {
          input.value = values[i];
          input.dataset.filled = values[i];
          filled = true;
        }
      });
      if (filled && status) {
        status.textContent = data.postcodeFilled;
      }
    });
  }

  for (const form of document.querySelectorAll("form[data-receipt-url]")) {
    enhance(form);
    lookUpPostcodes(form);
  }
})();
